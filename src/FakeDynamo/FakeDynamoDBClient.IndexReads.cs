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
    private QueryResponse QueryIndex(QueryRequest request, Table table, IReadOnlyList<KeyCondition> conditions)
    {
        var state = table.Store.Current;
        var index = ReadableIndex(table, state, request.IndexName, request.ConsistentRead, request.Select);
        var plan = QueryPlan.ForIndex(index.Layout.Index, conditions);
        var start = IndexStartKeys.ForQuery(index.Layout, request.ExclusiveStartKey, plan);
        var page = Account.QueryIndex(index, plan, request.ScanIndexForward ?? true, start, request.Limit);
        return new QueryResponse
        {
            Items = IndexItems(state, index, page, request.Select),
            Count = page.Entries.Count,
            ScannedCount = page.Entries.Count,
            LastEvaluatedKey = IndexKeyMap(index.Layout, page.LastEvaluated),
        };
    }

    private ScanResponse ScanIndex(ScanRequest request, Table table, int segment, int totalSegments)
    {
        var state = table.Store.Current;
        var index = ReadableIndex(table, state, request.IndexName, request.ConsistentRead, request.Select);
        var start = IndexStartKeys.ForScan(index.Layout, request.ExclusiveStartKey, segment, totalSegments);
        var page = Account.ScanIndex(index, start, request.Limit, segment, totalSegments);
        return new ScanResponse
        {
            Items = IndexItems(state, index, page, request.Select),
            Count = page.Entries.Count,
            ScannedCount = page.Entries.Count,
            LastEvaluatedKey = IndexKeyMap(index.Layout, page.LastEvaluated),
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
    /// The page's items: the projected entries (Select absent or ALL_PROJECTED_ATTRIBUTES, the index default of §5.2),
    /// the whole table item for ALL_ATTRIBUTES on an LSI (fetched from the same snapshot), none for COUNT.
    /// </summary>
    private static List<Dictionary<string, AttributeValue>>? IndexItems(StoreState state, IndexState index, IndexPage page, Select? select)
    {
        if (select == Select.COUNT)
        {
            return null;
        }

        var fetch = select == Select.ALL_ATTRIBUTES && !index.Layout.ProjectsAll;
        return page.Entries
            .Select(e => (fetch ? state.Get(e.Key.TableKey) ?? e.Item : e.Item).ToResponse())
            .ToList();
    }

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
