namespace FakeDynamo.Errors;

/// <summary>Errors of the JSON 1.0 wire layer: bodies that do not deserialize, and targets that name no operation.</summary>
internal static partial class DynamoErrors
{
    /// <summary>The code of every deserialization failure (data-plane §1.4 step 1).</summary>
    public const string SerializationCode = "SerializationException";

    /// <summary>The code for a target that names no operation of the service.</summary>
    public const string UnknownOperationCode = "UnknownOperationException";

    /// <summary>A body that is not JSON: the service answers SerializationException without a message [ALT, data-plane §1.4].</summary>
    public static ServiceError MalformedJson() => new(SerializationCode, string.Empty);

    /// <summary>A JSON object where a scalar or list belongs (data-plane §1.4, [ALT]).</summary>
    public static ServiceError StructureNotExpected() => new(SerializationCode, "Start of structure or map found where not expected");

    /// <summary>A JSON array where a scalar or structure belongs [DYN validations/index.js].</summary>
    public static ServiceError ListNotExpected() => new(SerializationCode, "Start of list found where not expected");

    /// <summary>A scalar where a list belongs [DYN validations/index.js].</summary>
    public static ServiceError ExpectedList() => new(SerializationCode, "Expected list or null");

    /// <summary>A scalar where a map belongs [DYN validations/index.js].</summary>
    public static ServiceError ExpectedMap() => new(SerializationCode, "Expected map or null");

    /// <summary>A scalar where a structure belongs [DYN validations/index.js].</summary>
    public static ServiceError ExpectedStructure() => new(SerializationCode, "Expected null");

    /// <summary>
    /// A scalar of the wrong JSON type, e.g. <c>NUMBER_VALUE cannot be converted to String</c> (data-plane §1.4, [ALT]).
    /// The other token/type pairs follow the same pattern (text unknown; most plausible wording).
    /// </summary>
    public static ServiceError CannotConvert(string token, string type) => new(SerializationCode, $"{token} cannot be converted to {type}");

    /// <summary>A blob that is not base64 [DYN validations/index.js; the service decodes with a strict decoder].</summary>
    public static ServiceError InvalidBase64(string value) =>
        new(SerializationCode, $"'{value}' can not be converted to a Blob: Base64 encoded length is expected a multiple of 4 bytes but found: {value.Length}");

    /// <summary>A JSON <c>null</c> as a list element or map value (text unknown; most plausible wording).</summary>
    public static ServiceError NullInCollection() => new(SerializationCode, "Unexpected null value in a list or map");

    /// <summary>An integral member given a number outside its range (Jackson's wording; the service's text is unknown).</summary>
    public static ServiceError NumberOutOfRange(string text, string type) => new(SerializationCode, $"Numeric value ({text}) out of range of {type}");

    /// <summary>A blob whose last character before the padding carries bits the decoder would drop [DYN; the typo is theirs].</summary>
    public static ServiceError NonCanonicalBase64(string value) =>
        new(SerializationCode, $"'{value}' can not be converted to a Blob: Invalid last non-pad Base64 character dectected");

    /// <summary>A blob with a character outside the base64 alphabet [DYN validations/index.js].</summary>
    public static ServiceError InvalidBase64Character(string value, char character) =>
        new(SerializationCode, $"'{value}' can not be converted to a Blob: Invalid Base64 character: '{character}'");

    /// <summary>
    /// A target naming no DynamoDB operation (or one FakeDynamo does not implement): the service's
    /// <c>Unknown operation exception</c> [ISS boto/boto3#1542, a real endpoint's answer].
    /// </summary>
    public static ServiceError UnknownOperation() => new(UnknownOperationCode, "Unknown operation exception");

    /// <summary>
    /// A feature FakeDynamo does not implement inside an operation it does (e.g. UpdateTable with replica updates):
    /// the service would do it, so no service text fits; the refusal names the feature (FakeDynamo's own text).
    /// </summary>
    public static ServiceError FeatureNotSupported(string message) => new(UnknownOperationCode, message);

    /// <summary>A DynamoDB Streams target: not served until streams exist; said plainly (FakeDynamo's own text).</summary>
    public static ServiceError StreamsNotSupported(string target) =>
        new(UnknownOperationCode, $"FakeDynamo does not support DynamoDB Streams yet ({target}). See the support matrix in the README.");
}
