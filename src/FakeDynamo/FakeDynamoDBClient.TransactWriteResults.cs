using Amazon.DynamoDBv2.Model;
using FakeDynamo.Engine;
using FakeDynamo.Storage;
using FakeDynamo.Validation;

namespace FakeDynamo;

/// <summary>The response members of TransactWriteItems beyond success itself: replays and item collection metrics.</summary>
public partial class FakeDynamoDBClient
{
    /// <summary>
    /// A replay of an earlier request with the same token (data-plane §7.4): nothing is written; with
    /// ReturnConsumedCapacity the replay reports the read units of reading the items (strongly consistent, not doubled:
    /// decision, docs/transactions.md) instead of the write units.
    /// </summary>
    private TransactWriteItemsResponse Replayed(TransactWriteItemsRequest request, IReadOnlyList<TransactWriteAction> actions, List<Table> tables)
    {
        // Rebuilt from the request (the same parameters as the first one), never shared with the first caller's response.
        var mode = request.ReturnConsumedCapacity;
        var keys = actions.Select((a, i) =>
            a.Kind == TransactWriteKind.Put ? Keys.FromItem(tables[i].Schema, a.KeyOrItem) : Keys.FromKey(tables[i].Schema, a.KeyOrItem)).ToList();
        List<ConsumedCapacity>? capacity = null;
        if (mode?.Value is "TOTAL" or "INDEXES")
        {
            var cut = Account.ConsistentCut(tables);
            capacity = actions.Select((a, i) => (Table: tables[i], a.TableName,
                    Part: CapacityUnits.Read(mode, a.TableName, CapacityUnits.ReadUnits(cut[tables[i]].Get(keys[i])?.Size ?? 0, consistent: true))))
                .GroupBy(p => p.Table)
                .Select(g => CapacityUnits.Sum(mode, g.First().TableName, g.Select(p => p.Part))!)
                .ToList();
        }

        return new TransactWriteItemsResponse
        {
            ConsumedCapacity = capacity,
            ItemCollectionMetrics = CollectionMetricsOf(request, actions, tables, keys),
        };
    }

    /// <summary>
    /// ItemCollectionMetrics per table (data-plane §4.8): only tables with a local secondary index, one entry per write
    /// action (ConditionCheck writes nothing); absent when no table qualifies.
    /// </summary>
    private static Dictionary<string, List<ItemCollectionMetrics>>? CollectionMetricsOf(
        TransactWriteItemsRequest request, IReadOnlyList<TransactWriteAction> actions, List<Table> tables, List<PrimaryKey> keys)
    {
        var metrics = actions
            .Select((a, i) => (a, Table: tables[i], Metrics: a.Kind == TransactWriteKind.ConditionCheck
                ? null
                : CollectionMetrics.For(request.ReturnItemCollectionMetrics, tables[i].Schema, keys[i])))
            .Where(m => m.Metrics is not null)
            .GroupBy(m => m.Table)
            .ToDictionary(g => g.First().a.TableName, g => g.Select(m => m.Metrics!).ToList());
        return metrics.Count == 0 ? null : metrics;
    }
}
