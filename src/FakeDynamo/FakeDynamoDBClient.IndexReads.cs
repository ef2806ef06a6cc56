using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using FakeDynamo.Engine;
using FakeDynamo.Errors;
using FakeDynamo.Expressions;
using FakeDynamo.Storage;

namespace FakeDynamo;

/// <summary>Query and Scan with IndexName (data-plane §5.1–§5.5): reads of one index version of one table snapshot.</summary>
public partial class FakeDynamoDBClient
{
    private QueryResponse QueryIndex(QueryRequest request, Table table, IReadOnlyList<KeyCondition> conditions, ReadExpressions expressions)
    {
        var state = table.Store.Current;
        var index = ReadableIndex(table, state, request.IndexName, request.ConsistentRead, request.Select);

        // The filter may not name the keys of the queried index or of its table (data-plane §5.3).
        expressions.CheckFilterOmitsKeys(IndexKeyNames(index.Layout), request.FilterExpression is null);
        var plan = QueryPlan.ForIndex(index.Layout.Index, conditions);
        var start = IndexStartKeys.ForQuery(index.Layout, request.ExclusiveStartKey, plan);
        var page = Account.QueryIndex(index, plan, request.ScanIndexForward ?? true, start, request.Limit);
        var returned = expressions.Apply(IndexItems(state, index, page, request.Select));
        return new QueryResponse
        {
            Items = request.Select == Select.COUNT ? null : returned,
            Count = returned.Count,
            ScannedCount = page.Entries.Count,
            LastEvaluatedKey = IndexKeyMap(index.Layout, page.LastEvaluated),
            ConsumedCapacity = IndexPageCapacity(request.ReturnConsumedCapacity, request.TableName, page, request.ConsistentRead),
        };
    }

    private ScanResponse ScanIndex(ScanRequest request, Table table, int segment, int totalSegments, ReadExpressions expressions)
    {
        var state = table.Store.Current;
        var index = ReadableIndex(table, state, request.IndexName, request.ConsistentRead, request.Select);
        var start = IndexStartKeys.ForScan(index.Layout, request.ExclusiveStartKey, segment, totalSegments);
        var page = Account.ScanIndex(index, start, request.Limit, segment, totalSegments);
        var returned = expressions.Apply(IndexItems(state, index, page, request.Select));
        return new ScanResponse
        {
            Items = request.Select == Select.COUNT ? null : returned,
            Count = returned.Count,
            ScannedCount = page.Entries.Count,
            LastEvaluatedKey = IndexKeyMap(index.Layout, page.LastEvaluated),
            ConsumedCapacity = IndexPageCapacity(request.ReturnConsumedCapacity, request.TableName, page, request.ConsistentRead),
        };
    }

    /// <summary>
    /// The index of a read, after the checks that need it, in this order: it exists (§5.1), it is not a GSI still
    /// backfilling, ConsistentRead is not asked of a GSI (§5.1), ALL_ATTRIBUTES is not asked of a GSI that does not
    /// project everything (§5.2). The index comes from the same snapshot the read uses.
    /// </summary>
    private IndexState ReadableIndex(Table table, StoreState state, string name, bool? consistentRead, Select? select)
    {
        var index = state.Index(name) ?? throw DynamoErrors.IndexNotOnTable(name);
        var definition = index.Layout.Index;
        if (definition.IsGlobal && !table.IsIndexActive(name, _account.Now))
        {
            throw DynamoErrors.IndexBackfilling();
        }

        if (definition.IsGlobal && consistentRead == true)
        {
            throw DynamoErrors.ConsistentReadOnGlobalIndex();
        }

        if (definition.IsGlobal && select == Select.ALL_ATTRIBUTES && !index.Layout.ProjectsAll)
        {
            throw DynamoErrors.AllAttributesOnGlobalIndex(name);
        }

        return index;
    }

    /// <summary>
    /// The page's items before filter and projection: the projected entries (Select absent or
    /// ALL_PROJECTED_ATTRIBUTES, the index default of §5.2), or the whole table item for ALL_ATTRIBUTES on an LSI
    /// (fetched from the same snapshot).
    /// </summary>
    private static IEnumerable<Item> IndexItems(StoreState state, IndexState index, IndexPage page, Select? select)
    {
        var fetch = select == Select.ALL_ATTRIBUTES && !index.Layout.ProjectsAll;
        return page.Entries.Select(e => fetch ? state.Get(e.Key.TableKey) ?? e.Item : e.Item);
    }

    /// <summary>The index and table key names, the keys a Query filter may not name.</summary>
    private static IEnumerable<string> IndexKeyNames(IndexLayout layout) =>
        new[] { layout.Index.PartitionKey.Name, layout.Index.SortKey?.Name, layout.TablePartitionKey.Name, layout.TableSortKey?.Name }
            .OfType<string>()
            .Distinct(StringComparer.Ordinal);

    /// <summary>Σ sizes of the index entries evaluated / 4 KB, halved unless consistent (data-plane §4.7).</summary>
    private static ConsumedCapacity? IndexPageCapacity(ReturnConsumedCapacity? mode, string tableName, IndexPage page, bool? consistent) =>
        CapacityUnits.Read(mode, tableName, CapacityUnits.ReadUnits(page.Entries.Sum(e => e.Item.Size), consistent == true));

    /// <summary>An index LastEvaluatedKey: index key attributes plus table key attributes (data-plane §5.1).</summary>
    private static Dictionary<string, AttributeValue>? IndexKeyMap(IndexLayout layout, IndexPosition? position)
    {
        if (position is null)
        {
            return null;
        }

        var (entry, tableKey) = (position.Entry, position.Entry.TableKey);
        var map = new Dictionary<string, AttributeValue>
        {
            [layout.TablePartitionKey.Name] = tableKey.Partition.ToAttributeValue(),
            [layout.Index.PartitionKey.Name] = position.Partition.ToAttributeValue(),
        };
        if (layout.TableSortKey is not null && tableKey.Sort is not null)
        {
            map[layout.TableSortKey.Name] = tableKey.Sort.ToAttributeValue();
        }

        if (layout.Index.SortKey is not null && entry.IndexSort is not null)
        {
            map[layout.Index.SortKey.Name] = entry.IndexSort.ToAttributeValue();
        }

        return map;
    }
}
