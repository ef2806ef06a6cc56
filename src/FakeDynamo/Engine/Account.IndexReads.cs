using System.Collections.Immutable;
using FakeDynamo.Expressions;
using FakeDynamo.Storage;

namespace FakeDynamo.Engine;

/// <summary>
/// Query and Scan on a secondary index, over the index version inside one table snapshot: seeks like the table reads
/// (O(log n + page)), never scans the table.
/// </summary>
internal sealed partial class Account
{
    /// <summary>
    /// One page of an index query: the index partition's entries in index sort-key order (then table key; descending
    /// when not forward) that satisfy the sort-key condition, strictly after <paramref name="start"/>.
    /// </summary>
    public static IndexPage QueryIndex(IndexState index, QueryPlan plan, bool forward, IndexEntryKey? start, int? limit)
    {
        if (!index.Partitions.TryGetValue(plan.Partition, out var partition))
        {
            return IndexPage.Read(plan.Partition, [], limit);
        }

        return IndexPage.Read(plan.Partition, IndexRun(IndexState.EntriesOf(partition), plan, forward, start), limit);
    }

    private static IEnumerable<(IndexEntryKey Key, Item Item)> IndexRun(KeyValuePair<IndexEntryKey, Item>[] entries, QueryPlan plan, bool forward, IndexEntryKey? start)
    {
        int index;
        if (start is not null)
        {
            // Strictly after the start entry in the reading direction; it need not exist (data-plane §5.4).
            index = forward
                ? PartitionIndex.FirstWhere(entries, e => e.Key.CompareTo(start) > 0)
                : PartitionIndex.FirstWhere(entries, e => e.Key.CompareTo(start) >= 0) - 1;
        }
        else if (forward)
        {
            // Lower end of the run: =, >, >=, BETWEEN and begins_with start at or after their first value.
            index = plan.SortValues.Count > 0 && plan.SortOperator is not (KeyOperator.Less or KeyOperator.LessOrEqual)
                ? PartitionIndex.FirstWhere(entries, e => SortAtOrAfter(e.Key, plan.SortValues[0], plan.SortOperator == KeyOperator.Greater))
                : 0;
        }
        else
        {
            // Upper end of the run when reading backwards: <, <=, = and BETWEEN end at or before their last value.
            index = plan.SortOperator is { } op && op is not (KeyOperator.Greater or KeyOperator.GreaterOrEqual or KeyOperator.BeginsWith)
                ? PartitionIndex.FirstWhere(entries, e => SortAtOrAfter(e.Key, plan.SortValues[^1], op != KeyOperator.Less)) - 1
                : entries.Length - 1;
        }

        var inRun = start is not null;
        for (; index >= 0 && index < entries.Length; index += forward ? 1 : -1)
        {
            var (key, item) = entries[index];
            if (key.IndexSort is { } sort && !plan.Matches(sort))
            {
                if (inRun)
                {
                    yield break;
                }

                continue;
            }

            inRun = true;
            yield return (key, item);
        }
    }

    /// <summary>Whether an entry's index sort key is ≥ <paramref name="value"/> (&gt; when <paramref name="strict"/>).</summary>
    private static bool SortAtOrAfter(IndexEntryKey key, KeyValue value, bool strict)
    {
        var order = key.IndexSort!.CompareTo(value);
        return strict ? order > 0 : order >= 0;
    }

    /// <summary>
    /// One page of an index scan (or of one segment): index partitions in stable-hash order, each in entry order,
    /// strictly after <paramref name="start"/>. Segments are contiguous hash ranges of the index partition key.
    /// </summary>
    public static IndexPage ScanIndex(IndexState index, IndexPosition? start, int? limit, int segment, int totalSegments)
    {
        var partitions = index.PartitionArray();
        var first = start is null
            ? PartitionIndex.FirstWhere(partitions, p => SegmentOf(p.Key, totalSegments) >= segment)
            : PartitionIndex.FirstWhere(partitions, p => StoreState.ComparePartitions(p.Key, start.Partition) >= 0);
        return IndexPage.Read(IndexScanRun(partitions, first, start, segment, totalSegments), limit);
    }

    private static IEnumerable<(KeyValue Partition, IndexEntryKey Key, Item Item)> IndexScanRun(
        KeyValuePair<KeyValue, ImmutableSortedDictionary<IndexEntryKey, Item>>[] partitions,
        int first,
        IndexPosition? start,
        int segment,
        int totalSegments)
    {
        for (var i = first; i < partitions.Length && SegmentOf(partitions[i].Key, totalSegments) == segment; i++)
        {
            var (partitionKey, partition) = partitions[i];
            var entries = IndexState.EntriesOf(partition);
            var from = start is not null && partitionKey.Equals(start.Partition)
                ? PartitionIndex.FirstWhere(entries, e => e.Key.CompareTo(start.Entry) > 0)
                : 0;
            for (var j = from; j < entries.Length; j++)
            {
                yield return (partitionKey, entries[j].Key, entries[j].Value);
            }
        }
    }
}
