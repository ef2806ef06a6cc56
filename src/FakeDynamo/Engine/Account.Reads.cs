using FakeDynamo.Storage;

namespace FakeDynamo.Engine;

/// <summary>Query and Scan over an immutable snapshot of the table (readers never block writers).</summary>
internal sealed partial class Account
{
    /// <summary>
    /// One page of a query: the partition's items in sort-key order (descending when not forward) that satisfy the
    /// sort-key condition, strictly after <paramref name="start"/>.
    /// </summary>
    public static ReadPage Query(Table table, QueryPlan plan, bool forward, KeyValue? start, int? limit)
    {
        var state = table.Store.Current;
        var hashOnly = table.Schema.SortKey is null;
        var items = state.Partitions.TryGetValue(plan.Partition, out var partition)
            ? (forward ? partition : partition.Reverse())
            : [];
        var matching = items
            .Where(e => hashOnly || plan.Matches(e.Key))
            .Where(e => start is null || (forward ? e.Key.CompareTo(start) > 0 : e.Key.CompareTo(start) < 0))
            .Select(e => (new PrimaryKey(plan.Partition, hashOnly ? null : e.Key), e.Value));
        return ReadPage.Read(matching, limit);
    }

    /// <summary>
    /// One page of a scan (or of one segment): partitions in stable-hash order, each in sort-key order, strictly after
    /// <paramref name="start"/>. Segments are contiguous hash ranges, so each item is in exactly one.
    /// </summary>
    public static ReadPage Scan(Table table, PrimaryKey? start, int? limit, int segment, int totalSegments)
    {
        var state = table.Store.Current;
        var hashOnly = table.Schema.SortKey is null;
        var startSort = start is null ? null : start.Sort ?? StoreState.NoSortKey;
        var entries = state.Entries(start?.Partition, startSort)
            .SkipWhile(e => SegmentOf(e.Partition, totalSegments) < segment)
            .TakeWhile(e => SegmentOf(e.Partition, totalSegments) == segment)
            .Select(e => (new PrimaryKey(e.Partition, hashOnly ? null : e.Sort), e.Item));
        return ReadPage.Read(entries, limit);
    }

    /// <summary>
    /// The parallel-scan segment of a partition: its stable hash scaled onto [0, totalSegments), so segments are
    /// contiguous, disjoint and cover the table (data-plane §5.5).
    /// </summary>
    public static int SegmentOf(KeyValue partition, int totalSegments) =>
        (int)(((UInt128)partition.StableHash() * (UInt128)(uint)totalSegments) >> 64);
}
