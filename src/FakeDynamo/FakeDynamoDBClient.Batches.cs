using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace FakeDynamo;

/// <summary>Batches operations.</summary>
public partial class FakeDynamoDBClient
{
    /// <inheritdoc />
    public virtual Task<BatchGetItemResponse> BatchGetItemAsync(BatchGetItemRequest request, CancellationToken cancellationToken = default) =>
        Invoke<BatchGetItemRequest, BatchGetItemResponse>(request, cancellationToken, _ => throw Unsupported("BatchGetItem"));

    /// <inheritdoc />
    public virtual Task<BatchGetItemResponse> BatchGetItemAsync(Dictionary<string, KeysAndAttributes> requestItems, CancellationToken cancellationToken = default) =>
        BatchGetItemAsync(new BatchGetItemRequest { RequestItems = requestItems }, cancellationToken);

    /// <inheritdoc />
    public virtual Task<BatchGetItemResponse> BatchGetItemAsync(Dictionary<string, KeysAndAttributes> requestItems, ReturnConsumedCapacity returnConsumedCapacity, CancellationToken cancellationToken = default) =>
        BatchGetItemAsync(new BatchGetItemRequest { RequestItems = requestItems, ReturnConsumedCapacity = returnConsumedCapacity }, cancellationToken);

    /// <inheritdoc />
    public virtual Task<BatchWriteItemResponse> BatchWriteItemAsync(BatchWriteItemRequest request, CancellationToken cancellationToken = default) =>
        Invoke<BatchWriteItemRequest, BatchWriteItemResponse>(request, cancellationToken, _ => throw Unsupported("BatchWriteItem"));

    /// <inheritdoc />
    public virtual Task<BatchWriteItemResponse> BatchWriteItemAsync(Dictionary<string, List<WriteRequest>> requestItems, CancellationToken cancellationToken = default) =>
        BatchWriteItemAsync(new BatchWriteItemRequest { RequestItems = requestItems }, cancellationToken);
}
