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
