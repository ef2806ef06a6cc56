namespace FakeDynamo.Errors;

/// <summary>Tag and Time to Live errors (spec data-plane §8.5, §8.6). Evidence tags as in <c>DynamoErrors.Tables.cs</c>.</summary>
internal static partial class DynamoErrors
{
    /// <summary>Missing ResourceArn on TagResource/UntagResource/ListTagsOfResource ([DYN] validations).</summary>
    public static ServiceError ResourceArnMissing() => Validation("Invalid TableArn");

    /// <summary>A ResourceArn that is not an ARN ([LAB]; data-plane §8.6 quotes only the start).</summary>
    public static ServiceError ArnMustStartWithArn(string arn) =>
        Validation($"One or more parameter values were invalid: ARNs must start with 'arn:': {arn}");

    /// <summary>An index ARN given to the tag operations (data-plane §8.6 [ALT], [LAB]).</summary>
    public static ServiceError OnlyTableOrStreamArn(string arn) =>
        Validation($"One or more parameter values were invalid: Invalid resource arn provided, only table or stream is accepted. Provided resource arn: {arn}");

    /// <summary>A backup ARN given to the tag operations (backup-api §2.2).</summary>
    public static ServiceError NotADynamoDBResourceArn(string arn) =>
        Validation($"One or more parameter values were invalid: Provided Arn is not a DynamoDB resource arn: {arn}");

    /// <summary>TagResource/ListTagsOfResource on a missing table; "ResourcArn" (sic) is the service's (data-plane §8.1, [DYN]).</summary>
    public static ServiceError TaggedResourceNotFound(string arn) =>
        new("ResourceNotFoundException", $"Requested resource not found: ResourcArn: {arn} not found");

    /// <summary><c>Tags: []</c> (data-plane §8.6, [DYN], [LAB]).</summary>
    public static ServiceError NoTagsGiven() => Validation("Atleast one Tag needs to be provided as Input.");

    /// <summary><c>TagKeys: []</c> (data-plane §8.6, [DYN], [LAB]).</summary>
    public static ServiceError NoTagKeysGiven() => Validation("Atleast one Tag Key needs to be provided as Input.");

    /// <summary>More than 50 tags on a resource; a ValidationException, not LimitExceeded ([LAB DDB-TABLE-107/110]; data-plane §8.6).</summary>
    public static ServiceError TooManyTags() => Validation("Number of Tags exceed the current limit for the provided ResourceArn");

    /// <summary>Tag key empty, over 128 characters or with characters outside the allowed set ([LAB DDB-TABLE-107]).</summary>
    public static ServiceError InvalidTagKey(string key) => Validation($"The Tag Key provided is invalid, Key: {key}");

    /// <summary>Tag value missing (<c>null</c>), over 256 characters or with disallowed characters ([LAB DDB-TABLE-107]).</summary>
    public static ServiceError InvalidTagValue(string? value) => Validation($"The Tag Value provided is invalid, Value: {value ?? "null"}");

    /// <summary>Reserved prefix ([LAB]).</summary>
    public static ServiceError ReservedTagKey(string key) => Validation($"Tag Key cannot be prefixed with aws:, Key: {key}");

    /// <summary>Same key twice in one request ([LAB DDB-TABLE-107]).</summary>
    public static ServiceError DuplicateTagKey(string key) => Validation($"Duplicate Tag Keys provided as input: Duplicate Tag Key found {key}");

    /// <summary>Enabling TTL that is already enabled on that attribute ([LAB DDB-TABLE-442]; data-plane §8.5 "already enabled").</summary>
    public static ServiceError TimeToLiveAlreadyEnabled() => Validation("TimeToLive is already enabled");

    /// <summary>Disabling TTL that is not enabled ([LAB DDB-TABLE-442]; data-plane §8.5 "disabled").</summary>
    public static ServiceError TimeToLiveAlreadyDisabled() => Validation("TimeToLive is already disabled");

    /// <summary>TTL change naming another attribute than the enabled one ([LAB DDB-TABLE-442]; data-plane §8.5 user report).</summary>
    public static ServiceError TimeToLiveOnDifferentAttribute(string current) =>
        Validation($"TimeToLive is active on a different AttributeName: current AttributeName is {current}");

    /// <summary>A second TTL change within the cool-down (data-plane §8.5, [LAB] live).</summary>
    public static ServiceError TimeToLiveModifiedTooOften() => Validation("Time to live has been modified multiple times within a fixed interval");

    /// <summary>DescribeTimeToLive on a CREATING or DELETING table ([LAB] live 2026-10); <paramref name="state"/> as the service spells it.</summary>
    public static ServiceError CannotDescribeTimeToLive(string state) =>
        Validation($"Cannot describe time to live while table is in {state} state: Current table state is {state}");
}
