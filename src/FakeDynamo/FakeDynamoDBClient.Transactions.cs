using Amazon.DynamoDBv2.Model;
using FakeDynamo.Engine;
using FakeDynamo.Expressions;
using FakeDynamo.Validation;

namespace FakeDynamo;

/// <summary>Transactions operations.</summary>
public partial class FakeDynamoDBClient
{
    /// <inheritdoc />
    public virtual Task<TransactGetItemsResponse> TransactGetItemsAsync(TransactGetItemsRequest request, CancellationToken cancellationToken = default) =>
        Invoke<TransactGetItemsRequest, TransactGetItemsResponse>(request, cancellationToken, TransactGetItems);

    /// <inheritdoc />
    public virtual Task<TransactWriteItemsResponse> TransactWriteItemsAsync(TransactWriteItemsRequest request, CancellationToken cancellationToken = default) =>
        Invoke<TransactWriteItemsRequest, TransactWriteItemsResponse>(request, cancellationToken, TransactWriteItems);

    /// <summary>
    /// TransactGetItems (data-plane §7.5): every table is looked up, then every key checked (as BatchGetItem), then all
    /// items are read from one consistent cut of the tables; Responses follow the request order, an absent item is an
    /// empty ItemResponse; each
    /// item is projected by its action's ProjectionExpression (GetItem's parser). The same item may be asked twice (not pinned down, §10.10): it is returned twice.
    /// </summary>
    private TransactGetItemsResponse TransactGetItems(TransactGetItemsRequest request)
    {
        var projections = TransactGetValidation.Check(request);
        var gets = request.TransactItems.Select(a => a.Get).ToList();
        var tables = gets.Select(g => _account.UsableTable(g.TableName)).ToList();
        var keys = gets.Select((g, i) => Keys.FromKey(tables[i].Schema, g.Key)).ToList();
        var cut = Account.ConsistentCut(tables);
        var items = keys.Select((key, i) => cut[tables[i]].Get(key)).ToList();
        var mode = request.ReturnConsumedCapacity;
        return new TransactGetItemsResponse
        {
            Responses = items.Select((item, i) => new ItemResponse { Item = item is null ? null : ReadExpressions.Project(item, projections[i]) }).ToList(),

            // 2 × strongly consistent read units per item; a projection does not reduce them (data-plane §4.7).
            ConsumedCapacity = TransactionCapacity.PerTable(mode, items.Select((item, i) =>
                (tables[i], gets[i].TableName, CapacityUnits.Read(mode, gets[i].TableName, CapacityUnits.ReadUnits(item?.Size ?? 0, consistent: true))))),
        };
    }
}
