using Amazon.DynamoDBv2.Model;
using FakeDynamo.Engine;

namespace FakeDynamo.Storage;

/// <summary>
/// What an index stores: its definition plus the table's key attributes (which every index entry carries). Decides
/// whether an item is in the index (sparse: both index key attributes present, of the index's types, non-empty) and
/// what the entry holds (the projection: ALL, or table keys + index keys [+ INCLUDE's non-key attributes]).
/// </summary>
internal sealed class IndexLayout
{
    private readonly HashSet<string>? _projected;

    public IndexLayout(IndexDefinition index, KeyAttribute tablePartitionKey, KeyAttribute? tableSortKey)
    {
        Index = index;
        TablePartitionKey = tablePartitionKey;
        TableSortKey = tableSortKey;
        if (index.Projection.Type != "ALL")
        {
            _projected = new HashSet<string>(KeyNames(), StringComparer.Ordinal);
            if (index.Projection.Type == "INCLUDE")
            {
                _projected.UnionWith(index.Projection.NonKeyAttributes);
            }
        }
    }

    public IndexDefinition Index { get; }

    public KeyAttribute TablePartitionKey { get; }

    public KeyAttribute? TableSortKey { get; }

    public string Name => Index.Name;

    /// <summary>Whether the projection holds every attribute (then an entry is the table item itself).</summary>
    public bool ProjectsAll => _projected is null;

    /// <summary>
    /// Whether the index holds <paramref name="attribute"/> (a top-level name): for ProjectionExpression/AttributesToGet on
    /// an index, where a GSI cannot fetch what it does not project and an LSI fetches it from the table (data-plane §5.1).
    /// </summary>
    public bool Projects(string attribute) => _projected is null || _projected.Contains(attribute);

    /// <summary>Index keys then table keys, without duplicates: the attributes of an index LastEvaluatedKey.</summary>
    public IEnumerable<string> KeyNames() =>
        new[] { Index.PartitionKey.Name, Index.SortKey?.Name, TablePartitionKey.Name, TableSortKey?.Name }.OfType<string>().Distinct(StringComparer.Ordinal);

    /// <summary>The index partition and entry key of an item, or null when the item is not in the index (sparse).</summary>
    public (KeyValue Partition, IndexEntryKey Entry)? Locate(PrimaryKey tableKey, Item item)
    {
        var partition = Value(Index.PartitionKey, item);
        if (partition is null)
        {
            return null;
        }

        KeyValue? sort = null;
        if (Index.SortKey is not null && (sort = Value(Index.SortKey, item)) is null)
        {
            return null;
        }

        return (partition, new IndexEntryKey(sort, tableKey));
    }

    /// <summary>The item as the index stores it: the item itself for ALL, else only the projected attributes.</summary>
    public Item Project(Item item)
    {
        if (_projected is null)
        {
            return item;
        }

        // Values are immutable once stored, so the entry shares them with the table item.
        var attributes = new Dictionary<string, AttributeValue>(StringComparer.Ordinal);
        foreach (var (name, value) in item.Attributes)
        {
            if (_projected.Contains(name))
            {
                attributes[name] = value;
            }
        }

        return Item.Own(attributes);
    }

    /// <summary>Whether another layout stores the same entries (throughput and other settings do not matter).</summary>
    public bool SameShape(IndexLayout other) =>
        Index.Name == other.Index.Name
        && Index.IsGlobal == other.Index.IsGlobal
        && Index.PartitionKey == other.Index.PartitionKey
        && Index.SortKey == other.Index.SortKey
        && Index.Projection.Type == other.Index.Projection.Type
        && Index.Projection.NonKeyAttributes.SequenceEqual(other.Index.Projection.NonKeyAttributes)
        && TablePartitionKey == other.TablePartitionKey
        && TableSortKey == other.TableSortKey;

    /// <summary>
    /// The key value of an index key attribute, or null when absent, of another type or empty. Writes refuse the last
    /// two (data-plane §2.7), but an item written while UpdateTable adds the index may carry them: like the service's
    /// backfill, such an item is left out of the index rather than failing.
    /// </summary>
    private static KeyValue? Value(KeyAttribute key, Item item)
    {
        var value = item[key.Name];
        if (value is null || AttributeValues.TypeOf(value) != key.TypeName || value.S is { Length: 0 } || value.B is { Length: 0 })
        {
            return null;
        }

        return KeyValue.From(value);
    }
}
