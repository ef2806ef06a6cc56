using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace FakeDynamo.Storage;

/// <summary>
/// Seekable view of one partition version: its entries as an array in sort-key order, built once per (immutable)
/// partition and cached weakly, so paging through an unchanged partition costs O(log n + page) per page instead of a
/// walk from the start. Versions are immutable, so a cached array can never be stale.
/// </summary>
internal static class PartitionIndex
{
    private static readonly ConditionalWeakTable<ImmutableSortedDictionary<KeyValue, Item>, KeyValuePair<KeyValue, Item>[]> Cache = new();

    private static readonly ConditionalWeakTable<ImmutableSortedDictionary<KeyValue, ImmutableSortedDictionary<KeyValue, Item>>, KeyValuePair<KeyValue, ImmutableSortedDictionary<KeyValue, Item>>[]> PartitionCache = new();

    /// <summary>A table version's partitions as an array in Scan order (stable hash, then value), cached per version.</summary>
    public static KeyValuePair<KeyValue, ImmutableSortedDictionary<KeyValue, Item>>[] PartitionsOf(StoreState state) =>
        PartitionCache.GetValue(state.Partitions, static p => [.. p]);

    /// <summary>The first index for which <paramref name="atOrAfter"/> holds (it must be monotonic over the array).</summary>
    public static int FirstWhere<T>(T[] entries, Func<T, bool> atOrAfter)
    {
        int lo = 0, hi = entries.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (atOrAfter(entries[mid]))
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }

        return lo;
    }

    public static KeyValuePair<KeyValue, Item>[] Of(ImmutableSortedDictionary<KeyValue, Item> partition) =>
        Cache.GetValue(partition, static p => [.. p]);

    /// <summary>The first index whose key is ≥ <paramref name="key"/> (or &gt; when <paramref name="strict"/>).</summary>
    public static int Seek(KeyValuePair<KeyValue, Item>[] entries, KeyValue key, bool strict)
    {
        int lo = 0, hi = entries.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            var order = entries[mid].Key.CompareTo(key);
            if (order < 0 || (strict && order == 0))
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
