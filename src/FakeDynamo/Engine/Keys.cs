using Amazon.DynamoDBv2.Model;
using FakeDynamo.Errors;
using FakeDynamo.Storage;

namespace FakeDynamo.Engine;

/// <summary>Extracts and checks primary keys against a table's key schema (data-plane §2.7).</summary>
internal static class Keys
{
    public const int MaxPartitionKeyBytes = 2048;
    public const int MaxSortKeyBytes = 1024;

    /// <summary>The key of an item being written in full (PutItem): missing or mistyped keys use the PutItem texts.</summary>
    public static PrimaryKey FromItem(TableSchema schema, IReadOnlyDictionary<string, AttributeValue> item)
    {
        var partition = ItemKeyPart(schema.PartitionKey, item);
        var sort = schema.SortKey is null ? null : ItemKeyPart(schema.SortKey, item);
        return Checked(schema, partition, sort);
    }

    /// <summary>
    /// The key of a BatchWriteItem PutRequest item: a missing or mistyped key attribute is reported as
    /// <c>The provided key element does not match the schema</c> there (data-plane §2.7).
    /// </summary>
    public static PrimaryKey FromBatchItem(TableSchema schema, IReadOnlyDictionary<string, AttributeValue> item)
    {
        var partition = KeyPart(schema.PartitionKey, item);
        var sort = schema.SortKey is null ? null : KeyPart(schema.SortKey, item);
        return Checked(schema, partition, sort);
    }

    /// <summary>The key of a Key map (GetItem, DeleteItem, UpdateItem, batches): exactly the key attributes.</summary>
    public static PrimaryKey FromKey(TableSchema schema, IReadOnlyDictionary<string, AttributeValue>? key)
    {
        var expected = schema.SortKey is null ? 1 : 2;
        if (key is null || key.Count != expected)
        {
            throw DynamoErrors.KeyDoesNotMatchSchema();
        }

        var partition = KeyPart(schema.PartitionKey, key);
        var sort = schema.SortKey is null ? null : KeyPart(schema.SortKey, key);
        return Checked(schema, partition, sort);
    }

    /// <summary>
    /// Index key attributes present in a written item must have the index's type and not be empty (data-plane §2.7);
    /// an item without them is simply not in that index (sparse index).
    /// </summary>
    public static void CheckIndexKeys(TableSchema schema, IReadOnlyDictionary<string, AttributeValue> item)
    {
        foreach (var index in schema.Indexes)
        {
            foreach (var attribute in index.SortKey is null ? [index.PartitionKey] : new[] { index.PartitionKey, index.SortKey })
            {
                if (!item.TryGetValue(attribute.Name, out var value))
                {
                    continue;
                }

                var type = AttributeValues.TypeOf(value);
                if (type != attribute.TypeName)
                {
                    throw DynamoErrors.IndexKeyTypeMismatch(attribute.Name, attribute.TypeName, type, index.Name);
                }

                if (value.S is { Length: 0 } || value.B is { Length: 0 })
                {
                    throw DynamoErrors.EmptyIndexKeyValue(attribute.Name, index.Name, binary: value.B is not null);
                }

                // Key size limits apply to index keys too (data-plane §2.7 note, ALT test_gsi: "a message containing
                // 2048/1024"); the table-key texts are the most plausible wording.
                if (value.N is null && KeyValue.From(value)!.Size > (attribute == index.PartitionKey ? MaxPartitionKeyBytes : MaxSortKeyBytes))
                {
                    throw attribute == index.PartitionKey ? DynamoErrors.HashKeyTooLarge() : DynamoErrors.RangeKeyTooLarge();
                }
            }
        }
    }

    private static KeyValue ItemKeyPart(KeyAttribute attribute, IReadOnlyDictionary<string, AttributeValue> item)
    {
        if (!item.TryGetValue(attribute.Name, out var value))
        {
            throw DynamoErrors.MissingKeyInItem(attribute.Name);
        }

        var type = AttributeValues.TypeOf(value);
        if (type != attribute.TypeName)
        {
            throw DynamoErrors.KeyTypeMismatch(attribute.Name, attribute.TypeName, type);
        }

        return NonEmpty(attribute, value);
    }

    private static KeyValue KeyPart(KeyAttribute attribute, IReadOnlyDictionary<string, AttributeValue> key)
    {
        if (!key.TryGetValue(attribute.Name, out var value) || AttributeValues.TypeOf(value) != attribute.TypeName)
        {
            throw DynamoErrors.KeyDoesNotMatchSchema();
        }

        return NonEmpty(attribute, value);
    }

    private static KeyValue NonEmpty(KeyAttribute attribute, AttributeValue value)
    {
        if ((value.S is { Length: 0 }) || (value.B is { Length: 0 }))
        {
            throw DynamoErrors.EmptyKeyValue(attribute.Name, binary: value.B is not null);
        }

        return KeyValue.From(value)!;
    }

    private static PrimaryKey Checked(TableSchema schema, KeyValue partition, KeyValue? sort)
    {
        if (partition.Type != 'N' && partition.Size > MaxPartitionKeyBytes)
        {
            throw DynamoErrors.HashKeyTooLarge();
        }

        if (sort is not null && sort.Type != 'N' && sort.Size > MaxSortKeyBytes)
        {
            throw DynamoErrors.RangeKeyTooLarge();
        }

        return new PrimaryKey(partition, sort);
    }
}
