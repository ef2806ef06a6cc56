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
        var capacity = new List<ConsumedCapacity>();
        foreach (var (name, table, keys) in lookups)
        {
            // One snapshot per table; numerically equal keys (1000, 1e3) return the item once (data-plane §2.2).
            var state = table.Store.Current;
            var found = keys.Distinct().Select(state.Get).ToList();
            responses[name] = found
                .OfType<Item>()
                .Select(item => Expressions.ReadExpressions.Project(item, projections[name]))
                .ToList();

            // Each key costs what a GetItem of it would (data-plane §4.7, §6).
            var consistent = request.RequestItems[name].ConsistentRead == true;
            if (CapacityUnits.Read(request.ReturnConsumedCapacity, name, found.Sum(i => CapacityUnits.ReadUnits(i?.Size ?? 0, consistent))) is { } report)
            {
                capacity.Add(report);
            }
        }

        return new BatchGetItemResponse
        {
            Responses = responses,
            UnprocessedKeys = [],
            ConsumedCapacity = capacity.Count == 0 ? null : capacity,
        };
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

        var olds = _account.WriteBatch(writes);
        var capacity = new List<ConsumedCapacity>();
        var metrics = new Dictionary<string, List<ItemCollectionMetrics>>();
        foreach (var name in request.RequestItems.Keys)
        {
            var table = tables[name];
            var mine = writes.Select((w, i) => (Write: w, Old: olds[i])).Where(x => x.Write.Table == table).ToList();
            var parts = mine.Select(x => CapacityUnits.Write(request.ReturnConsumedCapacity, name, table.Schema, x.Old, x.Write.Item));
            if (CapacityUnits.Sum(request.ReturnConsumedCapacity, name, parts) is { } report)
            {
                capacity.Add(report);
            }

            var collections = mine.Select(x => CollectionMetrics.For(request.ReturnItemCollectionMetrics, table.Schema, x.Write.Key)).OfType<ItemCollectionMetrics>().ToList();
            if (collections.Count > 0)
            {
                metrics[name] = collections;
            }
        }

        return new BatchWriteItemResponse
        {
            UnprocessedItems = [],
            ConsumedCapacity = capacity.Count == 0 ? null : capacity,
            ItemCollectionMetrics = metrics.Count == 0 ? null : metrics,
        };
    }
}
