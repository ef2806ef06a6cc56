using FakeDynamo.Storage;

namespace FakeDynamo.Engine;

/// <summary>Where an entry sits in a secondary index: its index partition and its place inside it.</summary>
internal sealed record IndexPosition(KeyValue Partition, IndexEntryKey Entry);

/// <summary>
/// One page of a Query or Scan on a secondary index: the entries evaluated (projected items) and the position of the
/// last one when Limit or the 1 MB page size stopped evaluation (data-plane §5.1), as <see cref="ReadPage"/> for tables.
/// </summary>
internal sealed record IndexPage(IReadOnlyList<(IndexEntryKey Key, Item Item)> Entries, IndexPosition? LastEvaluated)
{
    public static IndexPage Read(KeyValue partition, IEnumerable<(IndexEntryKey Key, Item Item)> source, int? limit) =>
        Read(source.Select(e => (partition, e.Key, e.Item)), limit);

    public static IndexPage Read(IEnumerable<(KeyValue Partition, IndexEntryKey Key, Item Item)> source, int? limit)
    {
        var entries = new List<(IndexEntryKey, Item)>();
        long bytes = 0;
        foreach (var (partition, key, item) in source)
        {
            entries.Add((key, item));
            bytes += item.Size;
            if (entries.Count == limit || bytes >= ReadPage.MaxPageBytes)
            {
                return new IndexPage(entries, new IndexPosition(partition, key));
            }
        }

        return new IndexPage(entries, null);
    }
}
