using System.Collections.Immutable;

namespace FakeDynamo.Storage;

/// <summary>
/// One immutable version of a table's items: a persistent (structurally shared) map of partitions, each a sorted map
/// of items by sort key. Taking a snapshot is keeping a reference — O(1) whatever the table size; a write makes a new
/// version sharing all untouched nodes with the old one.
/// </summary>
internal sealed class StoreState
{
    /// <summary>The inner key used for every item of a table without a sort key.</summary>
    internal static readonly KeyValue NoSortKey = KeyValue.From(new Amazon.DynamoDBv2.Model.AttributeValue { S = string.Empty })!;

    public static readonly StoreState Empty = new(
        ImmutableSortedDictionary.Create<KeyValue, ImmutableSortedDictionary<KeyValue, Item>>(PartitionOrder.Instance),
        0,
        0,
        0,
        ImmutableDictionary<string, IndexState>.Empty);

    private StoreState(
        ImmutableSortedDictionary<KeyValue, ImmutableSortedDictionary<KeyValue, Item>> partitions,
        long count,
        long sizeBytes,
        long sequence,
        ImmutableDictionary<string, IndexState> indexes)
    {
        Partitions = partitions;
        Count = count;
        SizeBytes = sizeBytes;
        Sequence = sequence;
        Indexes = indexes;
    }

    /// <summary>Partitions in hash order (the order Scan visits them), each sorted by sort key.</summary>
    public ImmutableSortedDictionary<KeyValue, ImmutableSortedDictionary<KeyValue, Item>> Partitions { get; }

    public long Count { get; }

    /// <summary>Σ item sizes by DynamoDB's rules.</summary>
    public long SizeBytes { get; }

    /// <summary>The sequence number of the last change in this version (0 for a new table).</summary>
    public long Sequence { get; }

    /// <summary>The secondary indexes of this version by name, maintained by <see cref="With"/> in the same step.</summary>
    public ImmutableDictionary<string, IndexState> Indexes { get; }

    /// <summary>The named index of this version, or null when it has none of that name.</summary>
    public IndexState? Index(string name) => Indexes.GetValueOrDefault(name);

    public Item? Get(PrimaryKey key) =>
        Partitions.TryGetValue(key.Partition, out var partition) && partition.TryGetValue(key.Sort ?? NoSortKey, out var item)
            ? item
            : null;

    /// <summary>Every item, partition by partition in hash order, each partition in ascending sort-key order.</summary>
    public IEnumerable<Item> All() => Partitions.Values.SelectMany(p => p.Values);

    /// <summary>The items of one partition in ascending sort-key order (empty when the partition has none).</summary>
    public IEnumerable<Item> Partition(KeyValue partitionKey) =>
        Partitions.TryGetValue(partitionKey, out var partition) ? partition.Values : [];

    /// <summary>The order of partitions in <see cref="Partitions"/> (stable hash, then value): Scan's order.</summary>
    public static int ComparePartitions(KeyValue a, KeyValue b) => PartitionOrder.Instance.Compare(a, b);

    /// <summary>A new version with <paramref name="key"/> set to <paramref name="item"/> (or removed when null).</summary>
    public StoreState With(PrimaryKey key, Item? item, long sequence)
    {
        var sortKey = key.Sort ?? NoSortKey;
        Partitions.TryGetValue(key.Partition, out var partition);
        partition ??= ImmutableSortedDictionary.Create<KeyValue, Item>();
        partition.TryGetValue(sortKey, out var old);
        var count = Count - (old is null ? 0 : 1) + (item is null ? 0 : 1);
        var size = SizeBytes - (old?.Size ?? 0) + (item?.Size ?? 0);
        var updated = item is null ? partition.Remove(sortKey) : partition.SetItem(sortKey, item);
        var partitions = updated.IsEmpty ? Partitions.Remove(key.Partition) : Partitions.SetItem(key.Partition, updated);
        var indexes = Indexes;
        foreach (var (name, index) in Indexes)
        {
            var updatedIndex = index.With(key, old, item);
            if (!ReferenceEquals(updatedIndex, index))
            {
                indexes = indexes.SetItem(name, updatedIndex);
            }
        }

        return new StoreState(partitions, count, size, sequence, indexes);
    }

    /// <summary>
    /// This version with exactly the indexes of <paramref name="schema"/>: an index of the same shape is kept as it is
    /// (O(1)), a new or reshaped one is built from the items (the backfill), one the schema lacks is dropped. Used when a
    /// table is created, when UpdateTable adds or deletes a GSI, and when a restore's schema differs from its source's.
    /// </summary>
    public StoreState WithIndexes(Engine.TableSchema schema)
    {
        var indexes = ImmutableDictionary<string, IndexState>.Empty;
        foreach (var definition in schema.Indexes)
        {
            var layout = new IndexLayout(definition, schema.PartitionKey, schema.SortKey);
            indexes = indexes.Add(
                definition.Name,
                Indexes.TryGetValue(definition.Name, out var existing) && existing.Layout.SameShape(layout)
                    ? existing
                    : IndexState.Build(layout, Keyed(schema.SortKey is null)));
        }

        // Same indexes (the usual restore): keep this very version, so a restore shares it as it is.
        var unchanged = indexes.Count == Indexes.Count && indexes.All(i => Indexes.TryGetValue(i.Key, out var kept) && ReferenceEquals(kept, i.Value));
        return unchanged ? this : new StoreState(Partitions, Count, SizeBytes, Sequence, indexes);
    }

    /// <summary>Every item with its primary key (sort part null on a hash-only table).</summary>
    private IEnumerable<(PrimaryKey Key, Item Item)> Keyed(bool hashOnly) =>
        Partitions.SelectMany(p => p.Value.Select(e => (new PrimaryKey(p.Key, hashOnly ? null : e.Key), e.Value)));

    /// <summary>Orders partitions by a process-independent hash, then by value (as DynamoDB's hash order).</summary>
    private sealed class PartitionOrder : IComparer<KeyValue>
    {
        public static readonly PartitionOrder Instance = new();

        public int Compare(KeyValue? x, KeyValue? y)
        {
            var byHash = x!.StableHash().CompareTo(y!.StableHash());
            return byHash != 0 ? byHash : x.CompareTo(y);
        }
    }
}
