namespace FakeDynamo.Errors;

/// <summary>Query and Scan errors (spec data-plane §5).</summary>
internal static partial class DynamoErrors
{
    /// <summary>Query without a key condition (data-plane §5.3, DYN code; Medium).</summary>
    public static ServiceError KeyConditionRequired() =>
        Validation("Either the KeyConditions or KeyConditionExpression parameter must be specified in the request.");

    /// <summary>The partition key has no condition, or a non-key attribute is used (data-plane §5.3, MOTO-V).</summary>
    public static ServiceError QueryMissedKeyElement(string name) => Validation($"Query condition missed key schema element: {name}");

    /// <summary>Three or more key conditions (data-plane §5.3, DYN; ALT).</summary>
    public static ServiceError TooManyKeyConditions() => Validation("Conditions can be of length 1 or 2 only");

    /// <summary>Two conditions on a hash-only key schema (data-plane §5.3, MOTO-V comment 2025).</summary>
    public static ServiceError MoreConditionsThanKeys(int conditions, int keys) =>
        Validation($"The number of query conditions ({conditions}) exceeds the number of key attributes defined in the schema ({keys})");

    /// <summary>A non-equality condition on the partition key (data-plane §5.3, DYN; MOTO).</summary>
    public static ServiceError KeyConditionNotSupported() => Validation("Query key condition not supported");

    /// <summary>
    /// A key-condition value whose type differs from the key's. The service's text for expressions is not pinned
    /// (data-plane §5.3 "mentioning type"); the legacy KeyConditions text is the most plausible wording.
    /// </summary>
    public static ServiceError KeyConditionTypeMismatch() =>
        Validation("One or more parameter values were invalid: Condition parameter type does not match schema type");

    /// <summary>ExclusiveStartKey with the wrong attribute set (data-plane §5.4; Query and index Scan).</summary>
    public static ServiceError StartKeyInvalid() => Validation("The provided starting key is invalid");

    /// <summary>ExclusiveStartKey problem with its detail (data-plane §5.4).</summary>
    public static ServiceError StartKeyInvalid(string detail) => Validation($"The provided starting key is invalid: {detail}");

    /// <summary>Query on a hash-only table with an ExclusiveStartKey (data-plane §5.4, ALT comment 2025; Java map rendering).</summary>
    public static ServiceError ExclusiveStartKeyOnHashOnlyTable(string rendered) =>
        Validation($"The provided exclusive start key is invalid: ExclusiveStartKey: {rendered}");

    /// <summary>ExclusiveStartKey partition differs from the queried one (data-plane §5.4).</summary>
    public static ServiceError StartKeyOutsideQuery() =>
        Validation("The provided starting key is outside query boundaries based on provided conditions");

    /// <summary>ExclusiveStartKey sort key fails the sort-key condition (data-plane §5.4).</summary>
    public static ServiceError StartKeyOutsideRange() => Validation("The provided starting key does not match the range key predicate");

    /// <summary>
    /// Start key in another partition while a sort-key condition is given (dynalite test/query.js, live-calibrated;
    /// data-plane §5.4 attributes it to an equality condition, which dynalite's tests contradict).
    /// </summary>
    public static ServiceError QueryCannotRestart() => Validation("The query can return at most one row and cannot be restarted");

    /// <summary>Parallel scan start key in another segment (data-plane §5.4).</summary>
    public static ServiceError StartKeyWrongSegment(int totalSegments, int segment) =>
        StartKeyInvalid($"Invalid ExclusiveStartKey. Please use ExclusiveStartKey with correct Segment. TotalSegments: {totalSegments} Segment: {segment}");

    /// <summary>Segment without TotalSegments (data-plane §5.5, MOTO-V).</summary>
    public static ServiceError TotalSegmentsRequired() =>
        Validation("The TotalSegments parameter is required but was not present in the request when Segment parameter is present");

    /// <summary>TotalSegments without Segment (data-plane §5.5).</summary>
    public static ServiceError SegmentRequired() =>
        Validation("The Segment parameter is required but was not present in the request when parameter TotalSegments is present");

    /// <summary>Segment ≥ TotalSegments (data-plane §5.5).</summary>
    public static ServiceError SegmentOutOfRange(int segment, int totalSegments) =>
        Validation($"The Segment parameter is zero-based and must be less than parameter TotalSegments: Segment: {segment} is not less than TotalSegments: {totalSegments}");

    /// <summary>Select-family errors (data-plane §5.2): Query wraps them in the envelope, Scan does not.</summary>
    public static ServiceError SelectError(string text, bool enveloped) => enveloped ? ValidationEnveloped(text) : Validation(text);

    /// <summary>EAN without any expression parameter (data-plane §3.8).</summary>
    public static ServiceError NamesWithoutExpressions(bool enveloped) =>
        InvalidExpression("ExpressionAttributeNames can only be specified when using expressions", enveloped);

    /// <summary>EAV without a value-taking expression (data-plane §3.8); <paramref name="missing"/> names the absent parameters.</summary>
    public static ServiceError ValuesWithoutExpressions(string missing, bool enveloped) =>
        InvalidExpression($"ExpressionAttributeValues can only be specified when using expressions: {missing}", enveloped);
}
