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

    /// <summary>
    /// ReturnValues that is a valid enum value but not allowed for PutItem/DeleteItem (data-plane §4.2, §4.5: real AWS
    /// 2015, DynamoDB Local, moto; bare — no 2026 observation says it is enveloped).
    /// </summary>
    public static ServiceError ReturnValuesInvalid() => Validation("Return values set to invalid value");

    /// <summary>Same key twice in one batch (data-plane §6.1, §6.2).</summary>
    public static ServiceError DuplicateKeysInBatch() => Validation("Provided list of item keys contains duplicates");

    /// <summary>More than 100 keys over all tables of a BatchGetItem (data-plane §6.1; dynalite/moto form without a period).</summary>
    public static ServiceError TooManyBatchGetKeys() => Validation("Too many items requested for the BatchGetItem call");

    /// <summary>More than 25 requests over all tables of a BatchWriteItem. Text unknown; most plausible wording (dynalite's).</summary>
    public static ServiceError TooManyBatchWriteRequests() => Validation("Too many items requested for the BatchWriteItem call");

    /// <summary>A WriteRequest with neither or both of PutRequest/DeleteRequest: the service's (sic) legacy text (data-plane §6.2, DYN).</summary>
    public static ServiceError WriteRequestNotExactlyOne() =>
        Validation("Supplied AttributeValue has more than one datatypes set, must contain exactly one of the supported datatypes");

    /// <summary>Index key attribute of the wrong type in a written item (data-plane §2.7).</summary>
    public static ServiceError IndexKeyTypeMismatch(string name, string expected, string actual, string index) =>
        Validation($"One or more parameter values were invalid: Type mismatch for Index Key {name} Expected: {expected} Actual: {actual} IndexName: {index}");

    /// <summary>Empty S/B value for an index key attribute in a written item (data-plane §2.7).</summary>
    public static ServiceError EmptyIndexKeyValue(string name, string index, bool binary) =>
        Validation($"One or more parameter values are not valid. A value specified for a secondary index key is not supported. The AttributeValue for a key attribute cannot contain an empty {(binary ? "binary" : "string")} value. IndexName: {index}, IndexKey: {name}");
}
