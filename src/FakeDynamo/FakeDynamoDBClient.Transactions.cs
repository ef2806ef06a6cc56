using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace FakeDynamo;

/// <summary>Transactions operations.</summary>
public partial class FakeDynamoDBClient
{
    /// <inheritdoc />
    public virtual Task<TransactGetItemsResponse> TransactGetItemsAsync(TransactGetItemsRequest request, CancellationToken cancellationToken = default) =>
        Invoke<TransactGetItemsRequest, TransactGetItemsResponse>(request, cancellationToken, _ => throw Unsupported("TransactGetItems"));

    /// <inheritdoc />
    public virtual Task<TransactWriteItemsResponse> TransactWriteItemsAsync(TransactWriteItemsRequest request, CancellationToken cancellationToken = default) =>
        Invoke<TransactWriteItemsRequest, TransactWriteItemsResponse>(request, cancellationToken, _ => throw Unsupported("TransactWriteItems"));
}
