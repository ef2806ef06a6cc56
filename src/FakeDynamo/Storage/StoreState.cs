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
        0);

    private StoreState(
        ImmutableSortedDictionary<KeyValue, ImmutableSortedDictionary<KeyValue, Item>> partitions,
        long count,
        long sizeBytes,
        long sequence)
    {
        Partitions = partitions;
        Count = count;
        SizeBytes = sizeBytes;
        Sequence = sequence;
    }

    /// <summary>Partitions in hash order (the order Scan visits them), each sorted by sort key.</summary>
    public ImmutableSortedDictionary<KeyValue, ImmutableSortedDictionary<KeyValue, Item>> Partitions { get; }

    public long Count { get; }

    /// <summary>Σ item sizes by DynamoDB's rules.</summary>
    public long SizeBytes { get; }

    /// <summary>The sequence number of the last change in this version (0 for a new table).</summary>
    public long Sequence { get; }

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
        return new StoreState(partitions, count, size, sequence);
    }

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
