using System.Text;
using FakeDynamo.Engine;

namespace FakeDynamo.Storage;

/// <summary>
/// ItemCount and IndexSizeBytes of a secondary index, computed from a table version: an item is in the index when it
/// has the index's key attributes (sparse indexes); its entry holds the projected attributes plus the keys.
/// </summary>
internal static class IndexStatistics
{
    public static long Count(StoreState state, TableSchema schema, IndexDefinition index) =>
        state.All().LongCount(item => IsIndexed(item, index));

    public static long Size(StoreState state, TableSchema schema, IndexDefinition index) =>
        state.All().Where(item => IsIndexed(item, index)).Sum(item => EntrySize(item, schema, index));

    public static bool IsIndexed(Item item, IndexDefinition index) =>
        item[index.PartitionKey.Name] is not null && (index.SortKey is null || item[index.SortKey.Name] is not null);

    private static long EntrySize(Item item, TableSchema schema, IndexDefinition index)
    {
        if (index.Projection.Type == "ALL")
        {
            return item.Size;
        }

        var names = new HashSet<string>(StringComparer.Ordinal) { schema.PartitionKey.Name, index.PartitionKey.Name };
        if (schema.SortKey is not null) names.Add(schema.SortKey.Name);
        if (index.SortKey is not null) names.Add(index.SortKey.Name);
        if (index.Projection.Type == "INCLUDE")
        {
            names.UnionWith(index.Projection.NonKeyAttributes);
        }

        return item.Attributes
            .Where(kv => names.Contains(kv.Key))
            .Sum(kv => Encoding.UTF8.GetByteCount(kv.Key) + AttributeValues.Size(kv.Value));
    }
}
