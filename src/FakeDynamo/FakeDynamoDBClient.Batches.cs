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

    /// <summary>
    /// A BatchGetItem response holds at most 16 MB of items; the keys past that come back in UnprocessedKeys with
    /// their table's parameters (data-plane §6.1). The API reference's example — 100 items of 300 KB give 52 — fixes
    /// the unit: 52 × 307,200 bytes fit in 16,000,000 bytes and 53 do not.
    /// </summary>
    internal const long BatchGetResponseLimitBytes = 16_000_000;

    private BatchGetItemResponse BatchGetItem(BatchGetItemRequest request)
    {
        var projections = BatchRequestValidation.Get(request);
        // Every table is looked up before any key is checked (data-plane §1.4: lookup, then key schema).
        var tables = request.RequestItems.Keys.ToDictionary(name => name, _account.UsableTable);
        var lookups = request.RequestItems
            .Select(kv => (Name: kv.Key, Table: tables[kv.Key], Keys: kv.Value.Keys.Select(k => (Map: k, Key: Keys.FromKey(tables[kv.Key].Schema, k))).ToList()))
            .ToList();

        var responses = new Dictionary<string, List<Dictionary<string, AttributeValue>>>();
        var unprocessed = new Dictionary<string, KeysAndAttributes>();
        var capacity = new List<ConsumedCapacity>();
        long responseBytes = 0;
        foreach (var (name, table, keys) in lookups)
        {
            // One snapshot per table; numerically equal keys (1000, 1e3) return the item once (data-plane §2.2).
            var state = table.Store.Current;
            var returned = new List<Dictionary<string, AttributeValue>>();
            var read = new List<Item?>();
            var seen = new HashSet<PrimaryKey>();
            foreach (var (map, key) in keys)
            {
                if (!seen.Add(key))
                {
                    continue;
                }

                var item = state.Get(key);
                var projected = item is null ? null : Expressions.ReadExpressions.Project(item, projections[name]);
                var size = projected is null ? 0 : AttributeValues.ItemSize(projected);
                if (responseBytes + size > BatchGetResponseLimitBytes)
                {
                    Unprocessed(unprocessed, name, request.RequestItems[name]).Keys.Add(AttributeValues.CloneMap(map));
                    continue;
                }

                responseBytes += size;
                read.Add(item);
                if (projected is not null)
                {
                    returned.Add(projected);
                }
            }

            responses[name] = returned;

            // Each key read costs what a GetItem of it would (data-plane §4.7, §6).
            var consistent = request.RequestItems[name].ConsistentRead == true;
            if (read.Count > 0 &&
                CapacityUnits.Read(request.ReturnConsumedCapacity, name, read.Sum(i => CapacityUnits.ReadUnits(i?.Size ?? 0, consistent))) is { } report)
            {
                capacity.Add(report);
            }
        }

        return new BatchGetItemResponse
        {
            Responses = responses,
            UnprocessedKeys = unprocessed,
            ConsumedCapacity = capacity.Count == 0 ? null : capacity,
        };
    }

    /// <summary>The UnprocessedKeys entry of a table: its keys so far plus the original per-table parameters (data-plane §6.1).</summary>
    private static KeysAndAttributes Unprocessed(Dictionary<string, KeysAndAttributes> unprocessed, string name, KeysAndAttributes original)
    {
        if (!unprocessed.TryGetValue(name, out var entry))
        {
            entry = new KeysAndAttributes
            {
                Keys = [],
                ConsistentRead = original.ConsistentRead,
                ProjectionExpression = original.ProjectionExpression,
                ExpressionAttributeNames = original.ExpressionAttributeNames is null ? null : new Dictionary<string, string>(original.ExpressionAttributeNames),
                AttributesToGet = original.AttributesToGet is null ? null : [.. original.AttributesToGet],
            };
            unprocessed[name] = entry;
        }

        return entry;
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
