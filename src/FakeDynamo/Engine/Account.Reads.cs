using FakeDynamo.Storage;

namespace FakeDynamo.Engine;

/// <summary>Query and Scan over an immutable snapshot of the table (readers never block writers).</summary>
internal sealed partial class Account
{
    /// <summary>
    /// One page of a query: the partition's items in sort-key order (descending when not forward) that satisfy the
    /// sort-key condition, strictly after <paramref name="start"/>. Every key condition selects a contiguous run of
    /// the partition, so the page seeks to its first candidate and stops at the first item past the run.
    /// </summary>
    public static ReadPage Query(Table table, QueryPlan plan, bool forward, KeyValue? start, int? limit)
    {
        var state = table.Store.Current;
        if (!state.Partitions.TryGetValue(plan.Partition, out var partition))
        {
            return ReadPage.Read([], limit);
        }

        var entries = PartitionIndex.Of(partition);
        var hashOnly = table.Schema.SortKey is null;
        return ReadPage.Read(Run(entries, plan, forward, start, hashOnly), limit);
    }

    private static IEnumerable<(PrimaryKey Key, Item Item)> Run(KeyValuePair<KeyValue, Item>[] entries, QueryPlan plan, bool forward, KeyValue? start, bool hashOnly)
    {
        var index = forward
            ? (start is null ? 0 : PartitionIndex.Seek(entries, start, strict: true))
            : (start is null ? entries.Length : PartitionIndex.Seek(entries, start, strict: false)) - 1;
        if (forward && start is null && plan.SortValues.Count > 0 && plan.SortOperator is not (Expressions.KeyOperator.Less or Expressions.KeyOperator.LessOrEqual))
        {
            // Lower end of the run: =, >, >=, BETWEEN and begins_with all start at or after their first value.
            index = PartitionIndex.Seek(entries, plan.SortValues[0], strict: plan.SortOperator == Expressions.KeyOperator.Greater);
        }

        if (!forward && start is null && plan.SortOperator is { } op && op is not (Expressions.KeyOperator.Greater or Expressions.KeyOperator.GreaterOrEqual or Expressions.KeyOperator.BeginsWith))
        {
            // Upper end of the run when reading backwards: <, <=, = and BETWEEN end at or before their last value.
            index = PartitionIndex.Seek(entries, plan.SortValues[^1], strict: op != Expressions.KeyOperator.Less) - 1;
        }

        // A start key satisfies the condition (checked earlier), so the run has already begun.
        var inRun = start is not null;
        for (; index >= 0 && index < entries.Length; index += forward ? 1 : -1)
        {
            var (sort, item) = entries[index];
            if (!hashOnly && !plan.Matches(sort))
            {
                if (inRun)
                {
                    yield break;
                }

                continue;
            }

            inRun = true;
            yield return (new PrimaryKey(plan.Partition, hashOnly ? null : sort), item);
        }
    }

    /// <summary>
    /// One page of a scan (or of one segment): partitions in stable-hash order, each in sort-key order, strictly after
    /// <paramref name="start"/>. Segments are contiguous hash ranges, so each item is in exactly one.
    /// </summary>
    public static ReadPage Scan(Table table, PrimaryKey? start, int? limit, int segment, int totalSegments)
    {
        var partitions = PartitionIndex.PartitionsOf(table.Store.Current);
        var first = start is null
            ? PartitionIndex.FirstWhere(partitions, p => SegmentOf(p.Key, totalSegments) >= segment)
            : PartitionIndex.FirstWhere(partitions, p => StoreState.ComparePartitions(p.Key, start.Partition) >= 0);
        return ReadPage.Read(ScanRun(partitions, first, start, segment, totalSegments, table.Schema.SortKey is null), limit);
    }

    private static IEnumerable<(PrimaryKey Key, Item Item)> ScanRun(
        KeyValuePair<KeyValue, System.Collections.Immutable.ImmutableSortedDictionary<KeyValue, Item>>[] partitions,
        int first,
        PrimaryKey? start,
        int segment,
        int totalSegments,
        bool hashOnly)
    {
        for (var i = first; i < partitions.Length && SegmentOf(partitions[i].Key, totalSegments) == segment; i++)
        {
            var (partitionKey, partition) = partitions[i];
            var entries = PartitionIndex.Of(partition);
            var from = start is not null && partitionKey.Equals(start.Partition)
                ? PartitionIndex.Seek(entries, start.Sort ?? StoreState.NoSortKey, strict: true)
                : 0;
            for (var j = from; j < entries.Length; j++)
            {
                yield return (new PrimaryKey(partitionKey, hashOnly ? null : entries[j].Key), entries[j].Value);
            }
        }
    }

    /// <summary>
    /// The parallel-scan segment of a partition: its stable hash scaled onto [0, totalSegments), so segments are
    /// contiguous, disjoint and cover the table (data-plane §5.5).
    /// </summary>
    public static int SegmentOf(KeyValue partition, int totalSegments) =>
        (int)(((UInt128)partition.StableHash() * (UInt128)(uint)totalSegments) >> 64);
}
