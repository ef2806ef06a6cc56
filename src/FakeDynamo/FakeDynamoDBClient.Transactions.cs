using Amazon.DynamoDBv2.Model;
using FakeDynamo.Engine;
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
        Invoke<TransactWriteItemsRequest, TransactWriteItemsResponse>(request, cancellationToken, _ => throw Unsupported("TransactWriteItems"));

    /// <summary>
    /// TransactGetItems (data-plane §7.5): every table is looked up, then every key checked (as BatchGetItem), then all
    /// items are read from one consistent cut of the tables; Responses follow the request order, an absent item is an
    /// empty ItemResponse. The same item may be asked twice (not pinned down, §10.10): it is returned twice.
    /// </summary>
    private TransactGetItemsResponse TransactGetItems(TransactGetItemsRequest request)
    {
        TransactGetValidation.Check(request);
        var gets = request.TransactItems.Select(a => a.Get).ToList();
        var tables = gets.Select(g => _account.UsableTable(g.TableName)).ToList();
        var keys = gets.Select((g, i) => Keys.FromKey(tables[i].Schema, g.Key)).ToList();
        var cut = Account.ConsistentCut(tables);
        return new TransactGetItemsResponse
        {
            Responses = keys.Select((key, i) => new ItemResponse { Item = cut[tables[i]].Get(key)?.ToResponse() }).ToList(),
        };
    }
}
