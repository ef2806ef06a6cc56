using FakeDynamo.Storage;

namespace FakeDynamo.Engine;

/// <summary>
/// One page of a Query or Scan: the items evaluated, and the key of the last one when Limit or the 1 MB page size
/// stopped evaluation (data-plane §5.1) — even if nothing remains, as the service does.
/// </summary>
internal sealed record ReadPage(IReadOnlyList<Item> Items, PrimaryKey? LastEvaluatedKey)
{
    /// <summary>A page stops once this many bytes of items (data-plane §2.6 sizes) were read; the crossing item is included.</summary>
    public const long MaxPageBytes = 1024 * 1024;

    public static ReadPage Read(IEnumerable<(PrimaryKey Key, Item Item)> source, int? limit)
    {
        var items = new List<Item>();
        long bytes = 0;
        foreach (var (key, item) in source)
        {
            items.Add(item);
            bytes += item.Size;
            if (items.Count == limit || bytes >= MaxPageBytes)
            {
                return new ReadPage(items, key);
            }
        }

        return new ReadPage(items, null);
    }
}
