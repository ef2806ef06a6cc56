using Amazon.DynamoDBv2.Model;
using FakeDynamo.Engine;
using FakeDynamo.Errors;
using FakeDynamo.Expressions;
using FakeDynamo.Storage;
using FakeDynamo.Validation;

namespace FakeDynamo;

/// <summary>UpdateItem (data-plane §3.6, §4.4).</summary>
public partial class FakeDynamoDBClient
{
    private UpdateItemResponse UpdateItem(UpdateItemRequest request)
    {
        var (update, condition) = UpdateRequestValidation.Check(request);
        var table = _account.UsableTable(request.TableName);
        var schema = table.Schema;
        var key = Keys.FromKey(schema, request.Key);

        CheckNoKeyUpdate(schema, update);

        var check = ConditionCheck(condition, request.ReturnValuesOnConditionCheckFailure);
        var keyAttributes = KeyMap(schema, key)!;
        var (old, updated) = _account.UpdateItem(table, key, current =>
        {
            check?.Invoke(current);
            return UpdatedItem(schema, update, current, keyAttributes);
        });

        return new UpdateItemResponse
        {
            Attributes = ReturnedAttributes(request.ReturnValues?.Value, update, old, updated),
            ConsumedCapacity = CapacityUnits.Write(request.ReturnConsumedCapacity, request.TableName, schema, old, updated),
            ItemCollectionMetrics = CollectionMetrics.For(request.ReturnItemCollectionMetrics, schema, key),
        };
    }

    /// <summary>Key attributes may not be updated; checked before the item is read (data-plane §3.6). Shared with transactions.</summary>
    private static void CheckNoKeyUpdate(TableSchema schema, IItemUpdate? update)
    {
        foreach (var name in new[] { schema.PartitionKey.Name, schema.SortKey?.Name }.OfType<string>())
        {
            if (update?.Paths.Any(p => p.Root == name) == true)
            {
                throw DynamoErrors.CannotUpdateKey(name);
            }
        }
    }

    /// <summary>
    /// The item an update makes of <paramref name="current"/> (null: it stays absent), size- and index-key-checked
    /// (data-plane §3.6, §4.4). Shared by UpdateItem and TransactWriteItems' Update actions.
    /// </summary>
    private static Item? UpdatedItem(TableSchema schema, IItemUpdate? update, Item? current, Dictionary<string, AttributeValue> keyAttributes)
    {
        var attributes = update is null
            ? AttributeValues.CloneMap(current?.Attributes ?? keyAttributes)
            : update.Apply(current?.Attributes, keyAttributes);
        if (attributes is null)
        {
            return null;
        }

        var item = Item.Own(attributes);
        if (item.Size > AttributeValueValidation.MaxItemSize)
        {
            throw DynamoErrors.UpdatedItemTooLarge();
        }

        Keys.CheckIndexKeys(schema, item.Attributes);
        return item;
    }

    /// <summary>ReturnValues of UpdateItem (data-plane §4.4); an empty result is omitted.</summary>
    private static Dictionary<string, AttributeValue>? ReturnedAttributes(string? returnValues, IItemUpdate? update, Item? old, Item? updated)
    {
        var result = returnValues switch
        {
            "ALL_OLD" => old?.ToResponse(),
            "ALL_NEW" => updated?.ToResponse(),
            "UPDATED_OLD" when update is not null && old is not null => ItemProjection.Apply(old.Attributes, update.Paths),
            "UPDATED_NEW" when update is not null && updated is not null => ItemProjection.Apply(updated.Attributes, update.Paths),
            _ => null,
        };
        return result is { Count: > 0 } ? result : null;
    }
}
