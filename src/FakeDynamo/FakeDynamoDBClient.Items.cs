using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using FakeDynamo.Engine;
using FakeDynamo.Errors;
using FakeDynamo.Storage;
using FakeDynamo.Validation;

namespace FakeDynamo;

/// <summary>Items operations.</summary>
public partial class FakeDynamoDBClient
{
    /// <inheritdoc />
    public virtual Task<DeleteItemResponse> DeleteItemAsync(DeleteItemRequest request, CancellationToken cancellationToken = default) =>
        Invoke<DeleteItemRequest, DeleteItemResponse>(request, cancellationToken, DeleteItem);

    /// <inheritdoc />
    public virtual Task<DeleteItemResponse> DeleteItemAsync(string tableName, Dictionary<string, AttributeValue> key, CancellationToken cancellationToken = default) =>
        DeleteItemAsync(new DeleteItemRequest { TableName = tableName, Key = key }, cancellationToken);

    /// <inheritdoc />
    public virtual Task<DeleteItemResponse> DeleteItemAsync(string tableName, Dictionary<string, AttributeValue> key, ReturnValue returnValues, CancellationToken cancellationToken = default) =>
        DeleteItemAsync(new DeleteItemRequest { TableName = tableName, Key = key, ReturnValues = returnValues }, cancellationToken);

    /// <inheritdoc />
    public virtual Task<GetItemResponse> GetItemAsync(GetItemRequest request, CancellationToken cancellationToken = default) =>
        Invoke<GetItemRequest, GetItemResponse>(request, cancellationToken, GetItem);

    /// <inheritdoc />
    public virtual Task<GetItemResponse> GetItemAsync(string tableName, Dictionary<string, AttributeValue> key, CancellationToken cancellationToken = default) =>
        GetItemAsync(new GetItemRequest { TableName = tableName, Key = key }, cancellationToken);

    /// <inheritdoc />
    public virtual Task<GetItemResponse> GetItemAsync(string tableName, Dictionary<string, AttributeValue> key, bool? consistentRead, CancellationToken cancellationToken = default) =>
        GetItemAsync(new GetItemRequest { TableName = tableName, Key = key, ConsistentRead = consistentRead }, cancellationToken);

    /// <inheritdoc />
    public virtual Task<PutItemResponse> PutItemAsync(PutItemRequest request, CancellationToken cancellationToken = default) =>
        Invoke<PutItemRequest, PutItemResponse>(request, cancellationToken, PutItem);

    /// <inheritdoc />
    public virtual Task<PutItemResponse> PutItemAsync(string tableName, Dictionary<string, AttributeValue> item, CancellationToken cancellationToken = default) =>
        PutItemAsync(new PutItemRequest { TableName = tableName, Item = item }, cancellationToken);

    /// <inheritdoc />
    public virtual Task<PutItemResponse> PutItemAsync(string tableName, Dictionary<string, AttributeValue> item, ReturnValue returnValues, CancellationToken cancellationToken = default) =>
        PutItemAsync(new PutItemRequest { TableName = tableName, Item = item, ReturnValues = returnValues }, cancellationToken);

    /// <inheritdoc />
    public virtual Task<UpdateItemResponse> UpdateItemAsync(UpdateItemRequest request, CancellationToken cancellationToken = default) =>
        Invoke<UpdateItemRequest, UpdateItemResponse>(request, cancellationToken, UpdateItem);

    /// <inheritdoc />
    public virtual Task<UpdateItemResponse> UpdateItemAsync(string tableName, Dictionary<string, AttributeValue> key, Dictionary<string, AttributeValueUpdate> attributeUpdates, CancellationToken cancellationToken = default) =>
        UpdateItemAsync(new UpdateItemRequest { TableName = tableName, Key = key, AttributeUpdates = attributeUpdates }, cancellationToken);

    /// <inheritdoc />
    public virtual Task<UpdateItemResponse> UpdateItemAsync(string tableName, Dictionary<string, AttributeValue> key, Dictionary<string, AttributeValueUpdate> attributeUpdates, ReturnValue returnValues, CancellationToken cancellationToken = default) =>
        UpdateItemAsync(new UpdateItemRequest { TableName = tableName, Key = key, AttributeUpdates = attributeUpdates, ReturnValues = returnValues }, cancellationToken);

    private PutItemResponse PutItem(PutItemRequest request)
    {
        var condition = ItemRequestValidation.Put(request);
        var item = Item.CopyFrom(request.Item);
        if (item.Size > AttributeValueValidation.MaxItemSize)
        {
            throw DynamoErrors.ItemTooLarge();
        }

        var table = _account.UsableTable(request.TableName);
        var key = Keys.FromItem(table.Schema, item.Attributes);
        Keys.CheckIndexKeys(table.Schema, item.Attributes);
        var old = _account.WriteItem(table, key, item, ConditionCheck(condition, request.ReturnValuesOnConditionCheckFailure));
        return new PutItemResponse
        {
            Attributes = request.ReturnValues == ReturnValue.ALL_OLD ? old?.ToResponse() : null,
            ConsumedCapacity = CapacityUnits.Write(request.ReturnConsumedCapacity, request.TableName, table.Schema, old, item),
            ItemCollectionMetrics = CollectionMetrics.For(request.ReturnItemCollectionMetrics, table.Schema, key),
        };
    }

    private GetItemResponse GetItem(GetItemRequest request)
    {
        var projection = ItemRequestValidation.Get(request);
        var table = _account.UsableTable(request.TableName);
        var key = Keys.FromKey(table.Schema, request.Key);
        var item = table.Store.Current.Get(key);
        return new GetItemResponse
        {
            Item = item is null ? null : Expressions.ReadExpressions.Project(item, projection),
            ConsumedCapacity = CapacityUnits.Read(request.ReturnConsumedCapacity, request.TableName, CapacityUnits.ReadUnits(item?.Size ?? 0, request.ConsistentRead == true)),
        };
    }

    private DeleteItemResponse DeleteItem(DeleteItemRequest request)
    {
        var condition = ItemRequestValidation.Delete(request);
        var table = _account.UsableTable(request.TableName);
        var key = Keys.FromKey(table.Schema, request.Key);
        var old = _account.WriteItem(table, key, null, ConditionCheck(condition, request.ReturnValuesOnConditionCheckFailure));
        return new DeleteItemResponse
        {
            Attributes = request.ReturnValues == ReturnValue.ALL_OLD ? old?.ToResponse() : null,
            ConsumedCapacity = CapacityUnits.Write(request.ReturnConsumedCapacity, request.TableName, table.Schema, old, null),
            ItemCollectionMetrics = CollectionMetrics.For(request.ReturnItemCollectionMetrics, table.Schema, key),
        };
    }

    /// <summary>
    /// The check run under the table's write gate, so that condition and write are atomic (data-plane §4.6): on failure
    /// nothing is written and, with ReturnValuesOnConditionCheckFailure=ALL_OLD, the whole current item is returned.
    /// </summary>
    private static Action<Item?>? ConditionCheck(Expressions.IItemCondition? condition, ReturnValuesOnConditionCheckFailure? onFailure) =>
        condition is null ? null : old =>
        {
            if (!condition.Matches(old?.Attributes))
            {
                throw DynamoErrors.ConditionalCheckFailed(onFailure?.Value == "ALL_OLD" ? old?.ToResponse() : null);
            }
        };
}
