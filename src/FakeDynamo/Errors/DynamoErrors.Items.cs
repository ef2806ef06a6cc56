namespace FakeDynamo.Errors;

/// <summary>Item and key errors (spec data-plane §2, §4).</summary>
internal static partial class DynamoErrors
{
    /// <summary>Key map does not match the schema (data-plane §2.7, bare text, MOTO-V).</summary>
    public static ServiceError KeyDoesNotMatchSchema() => Validation("The provided key element does not match the schema");

    /// <summary>PutItem item lacks a key attribute (data-plane §2.7).</summary>
    public static ServiceError MissingKeyInItem(string name) =>
        Validation($"One or more parameter values were invalid: Missing the key {name} in the item");

    /// <summary>PutItem key attribute of the wrong type (data-plane §2.7).</summary>
    public static ServiceError KeyTypeMismatch(string name, string expected, string actual) =>
        Validation($"One or more parameter values were invalid: Type mismatch for key {name} expected: {expected} actual: {actual}");

    /// <summary>Empty S/B key value (data-plane §2.7): "are not valid." with a period.</summary>
    public static ServiceError EmptyKeyValue(string name, bool binary) =>
        Validation($"One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain an empty {(binary ? "binary" : "string")} value. Key: {name}");

    /// <summary>Partition key over 2048 bytes; "of2048" without a space is the service's (data-plane §2.7).</summary>
    public static ServiceError HashKeyTooLarge() =>
        Validation("One or more parameter values were invalid: Size of hashkey has exceeded the maximum size limit of2048 bytes");

    /// <summary>Sort key over 1024 bytes (data-plane §2.7).</summary>
    public static ServiceError RangeKeyTooLarge() =>
        Validation("One or more parameter values were invalid: Aggregated size of all range keys has exceeded the size limit of 1024 bytes");

    /// <summary>Item over 400 KB (data-plane §2.6).</summary>
    public static ServiceError ItemTooLarge() => Validation("Item size has exceeded the maximum allowed size");

    /// <summary>Condition failure (data-plane §4.6).</summary>
    public static ServiceError ConditionalCheckFailed(Dictionary<string, Amazon.DynamoDBv2.Model.AttributeValue>? item) =>
        new("ConditionalCheckFailedException", "The conditional request failed") { Item = item };
}
