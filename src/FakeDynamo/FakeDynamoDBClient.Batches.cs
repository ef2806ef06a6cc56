using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using FakeDynamo.Engine;
using FakeDynamo.Errors;
using FakeDynamo.Storage;
using FakeDynamo.Validation;

namespace FakeDynamo;

/// <summary>Batches operations.</summary>
public partial class FakeDynamoDBClient
{
    /// <inheritdoc />
    public virtual Task<BatchGetItemResponse> BatchGetItemAsync(BatchGetItemRequest request, CancellationToken cancellationToken = default) =>
        Invoke<BatchGetItemRequest, BatchGetItemResponse>(request, cancellationToken, BatchGetItem);

    /// <inheritdoc />
    public virtual Task<BatchGetItemResponse> BatchGetItemAsync(Dictionary<string, KeysAndAttributes> requestItems, CancellationToken cancellationToken = default) =>
        BatchGetItemAsync(new BatchGetItemRequest { RequestItems = requestItems }, cancellationToken);

    /// <inheritdoc />
    public virtual Task<BatchGetItemResponse> BatchGetItemAsync(Dictionary<string, KeysAndAttributes> requestItems, ReturnConsumedCapacity returnConsumedCapacity, CancellationToken cancellationToken = default) =>
        BatchGetItemAsync(new BatchGetItemRequest { RequestItems = requestItems, ReturnConsumedCapacity = returnConsumedCapacity }, cancellationToken);

    /// <inheritdoc />
    public virtual Task<BatchWriteItemResponse> BatchWriteItemAsync(BatchWriteItemRequest request, CancellationToken cancellationToken = default) =>
        Invoke<BatchWriteItemRequest, BatchWriteItemResponse>(request, cancellationToken, BatchWriteItem);

    /// <inheritdoc />
    public virtual Task<BatchWriteItemResponse> BatchWriteItemAsync(Dictionary<string, List<WriteRequest>> requestItems, CancellationToken cancellationToken = default) =>
        BatchWriteItemAsync(new BatchWriteItemRequest { RequestItems = requestItems }, cancellationToken);

    private BatchGetItemResponse BatchGetItem(BatchGetItemRequest request)
    {
        var projections = BatchRequestValidation.Get(request);
        // Every table is looked up before any key is checked (data-plane §1.4: lookup, then key schema).
        var tables = request.RequestItems.Keys.ToDictionary(name => name, _account.UsableTable);
        var lookups = request.RequestItems
            .Select(kv => (Name: kv.Key, Table: tables[kv.Key], Keys: kv.Value.Keys.Select(k => Keys.FromKey(tables[kv.Key].Schema, k)).ToList()))
            .ToList();

        var responses = new Dictionary<string, List<Dictionary<string, AttributeValue>>>();
        foreach (var (name, table, keys) in lookups)
        {
            // One snapshot per table; numerically equal keys (1000, 1e3) return the item once (data-plane §2.2).
            var state = table.Store.Current;
            responses[name] = keys.Distinct()
                .Select(state.Get)
                .OfType<Item>()
                .Select(item => Expressions.ReadExpressions.Project(item, projections[name]))
                .ToList();
        }

        return new BatchGetItemResponse { Responses = responses, UnprocessedKeys = [] };
    }

    private BatchWriteItemResponse BatchWriteItem(BatchWriteItemRequest request)
    {
        BatchRequestValidation.Write(request);
        var prepared = new List<(WriteRequest Request, Item? Item)>();
        foreach (var write in request.RequestItems.Values.SelectMany(w => w))
        {
            var item = write.PutRequest is null ? null : Item.CopyFrom(write.PutRequest.Item);
            if (item is not null && item.Size > AttributeValueValidation.MaxItemSize)
            {
                throw DynamoErrors.ItemTooLarge();
            }

            prepared.Add((write, item));
        }

        var tables = request.RequestItems.Keys.ToDictionary(name => name, _account.UsableTable);
        var writes = new List<(Table Table, PrimaryKey Key, Item? Item)>();
        var index = 0;
        foreach (var (name, requests) in request.RequestItems)
        {
            var table = tables[name];
            RefuseCollectionMetrics(table, request.ReturnItemCollectionMetrics);
            var seen = new HashSet<PrimaryKey>();
            foreach (var _ in requests)
            {
                var (write, item) = prepared[index++];
                PrimaryKey key;
                if (item is not null)
                {
                    key = Keys.FromBatchItem(table.Schema, item.Attributes);
                    Keys.CheckIndexKeys(table.Schema, item.Attributes);
                }
                else
                {
                    key = Keys.FromKey(table.Schema, write.DeleteRequest.Key);
                }

                if (!seen.Add(key))
                {
                    throw DynamoErrors.DuplicateKeysInBatch();
                }

                writes.Add((table, key, item));
            }
        }

        _account.WriteBatch(writes);
        return new BatchWriteItemResponse { UnprocessedItems = [] };
    }
}
