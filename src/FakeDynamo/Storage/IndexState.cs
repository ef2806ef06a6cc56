using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace FakeDynamo.Storage;

/// <summary>
/// One immutable version of a secondary index: a persistent map of index partitions (in stable-hash order, as Scan
/// visits them), each a sorted map of <see cref="IndexEntryKey"/> → projected item, plus its maintained ItemCount and
/// IndexSizeBytes. It lives inside a <see cref="StoreState"/> and changes with it in the same step, so every snapshot,
/// backup and restore keeps the index content for free and an index read seeks instead of scanning the table.
/// </summary>
internal sealed class IndexState
{
    private static readonly IComparer<KeyValue> PartitionOrder = Comparer<KeyValue>.Create(StoreState.ComparePartitions);

    private static readonly ConditionalWeakTable<ImmutableSortedDictionary<IndexEntryKey, Item>, KeyValuePair<IndexEntryKey, Item>[]> EntryCache = new();

    private static readonly ConditionalWeakTable<ImmutableSortedDictionary<KeyValue, ImmutableSortedDictionary<IndexEntryKey, Item>>, KeyValuePair<KeyValue, ImmutableSortedDictionary<IndexEntryKey, Item>>[]> PartitionCache = new();

    private IndexState(IndexLayout layout, ImmutableSortedDictionary<KeyValue, ImmutableSortedDictionary<IndexEntryKey, Item>> partitions, long count, long sizeBytes)
    {
        Layout = layout;
        Partitions = partitions;
        Count = count;
        SizeBytes = sizeBytes;
    }

    public IndexLayout Layout { get; }

    /// <summary>Index partitions in stable-hash order, each sorted by index sort key, then table key.</summary>
    public ImmutableSortedDictionary<KeyValue, ImmutableSortedDictionary<IndexEntryKey, Item>> Partitions { get; }

    /// <summary>Items in the index (DescribeTable ItemCount).</summary>
    public long Count { get; }

    /// <summary>Σ projected entry sizes by DynamoDB's item-size rules (DescribeTable IndexSizeBytes).</summary>
    public long SizeBytes { get; }

    /// <summary>An empty index of the given layout.</summary>
    public static IndexState Empty(IndexLayout layout) =>
        new(layout, ImmutableSortedDictionary.Create<KeyValue, ImmutableSortedDictionary<IndexEntryKey, Item>>(PartitionOrder), 0, 0);

    /// <summary>The index built from every item of <paramref name="items"/> (a backfill): O(n log n), once per new index.</summary>
    public static IndexState Build(IndexLayout layout, IEnumerable<(PrimaryKey Key, Item Item)> items)
    {
        var partitions = new SortedDictionary<KeyValue, ImmutableSortedDictionary<IndexEntryKey, Item>.Builder>(PartitionOrder);
        long count = 0, size = 0;
        foreach (var (key, item) in items)
        {
            if (layout.Locate(key, item) is not { } at)
            {
                continue;
            }

            if (!partitions.TryGetValue(at.Partition, out var builder))
            {
                partitions[at.Partition] = builder = ImmutableSortedDictionary.CreateBuilder<IndexEntryKey, Item>();
            }

            var entry = layout.Project(item);
            builder[at.Entry] = entry;
            count++;
            size += entry.Size;
        }

        var map = ImmutableSortedDictionary.CreateRange(PartitionOrder, partitions.Select(p => KeyValuePair.Create(p.Key, p.Value.ToImmutable())));
        return new IndexState(layout, map, count, size);
    }

    /// <summary>The index after the item at <paramref name="key"/> changed from <paramref name="old"/> to <paramref name="updated"/>.</summary>
    public IndexState With(PrimaryKey key, Item? old, Item? updated)
    {
        var before = old is null ? null : Layout.Locate(key, old);
        var after = updated is null ? null : Layout.Locate(key, updated);
        if (before is null && after is null)
        {
            return this;
        }

        var partitions = Partitions;
        long count = Count, size = SizeBytes;
        if (before is { } b && partitions.TryGetValue(b.Partition, out var partition) && partition.TryGetValue(b.Entry, out var previous))
        {
            partition = partition.Remove(b.Entry);
            partitions = partition.IsEmpty ? partitions.Remove(b.Partition) : partitions.SetItem(b.Partition, partition);
            count--;
            size -= previous.Size;
        }

        if (after is { } a)
        {
            var entry = Layout.Project(updated!);
            partitions.TryGetValue(a.Partition, out var target);
            target ??= ImmutableSortedDictionary.Create<IndexEntryKey, Item>();
            partitions = partitions.SetItem(a.Partition, target.SetItem(a.Entry, entry));
            count++;
            size += entry.Size;
        }

        return new IndexState(Layout, partitions, count, size);
    }

    /// <summary>The entries of one index partition version as an array (cached per immutable version) for seeking.</summary>
    public static KeyValuePair<IndexEntryKey, Item>[] EntriesOf(ImmutableSortedDictionary<IndexEntryKey, Item> partition) =>
        EntryCache.GetValue(partition, static p => [.. p]);

    /// <summary>The partitions of this version as an array in Scan order (cached per immutable version).</summary>
    public KeyValuePair<KeyValue, ImmutableSortedDictionary<IndexEntryKey, Item>>[] PartitionArray() =>
        PartitionCache.GetValue(Partitions, static p => [.. p]);
}
