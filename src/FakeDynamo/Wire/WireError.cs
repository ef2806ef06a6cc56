using System.Net;
using System.Reflection;
using System.Text.Json;
using Amazon.DynamoDBv2;
using Amazon.Runtime;
using FakeDynamo.Errors;

namespace FakeDynamo.Wire;

/// <summary>
/// An error as it goes on the wire: <c>{"__type":"&lt;namespace&gt;#&lt;Code&gt;","message":"…", …members}</c> with the
/// status. Namespaces follow the service (data-plane §1.2): validation errors come from Coral's validator,
/// serialization and unknown-operation errors from Coral's service layer, the rest from DynamoDB's own model.
/// </summary>
internal static class WireError
{
    public static WireReply FromServiceError(ServiceError error, string requestId) =>
        Encode(error.Code, error.Message, error.Status, requestId, extras: null);

    /// <summary>
    /// An SDK exception (from the engine, or built by a test for fault injection, where code and status may be unset:
    /// then the type says which service error it is, e.g. <c>new InternalServerErrorException("…")</c> → 500
    /// <c>InternalServerError</c>).
    /// </summary>
    public static WireReply FromException(AmazonServiceException exception, string requestId)
    {
        var code = exception.ErrorCode ?? CodeOf(exception.GetType());
        var status = exception.StatusCode != 0 ? exception.StatusCode
            : code == "InternalServerError" ? HttpStatusCode.InternalServerError : HttpStatusCode.BadRequest;
        return Encode(code, exception.Message, status, exception.RequestId ?? requestId, exception);
    }

    /// <summary>The wire code of an SDK exception type: its name, except the two whose code drops the suffix.</summary>
    private static string CodeOf(Type type) => type.Name switch
    {
        "InternalServerErrorException" => "InternalServerError",
        "RequestLimitExceededException" => "RequestLimitExceeded",
        var name => name,
    };

    private static WireReply Encode(string code, string message, HttpStatusCode status, string requestId, AmazonServiceException? extras)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("__type", Namespace(code) + "#" + code);
            if (message.Length > 0)
            {
                // TransactionCanceledException spells it "Message" on the wire (data-plane §1.2, real AWS example),
                // as do Coral's serialization errors [DYN]; everything else "message". The SDKs read either.
                writer.WriteString(code is "TransactionCanceledException" or DynamoErrors.SerializationCode ? "Message" : "message", message);
            }

            if (extras is not null)
            {
                WriteExtraMembers(writer, extras);
            }

            writer.WriteEndObject();
        }

        return new WireReply(status, buffer.ToArray(), requestId);
    }

    /// <summary>Members the exception type adds to the error body: ConditionalCheckFailed's Item, CancellationReasons, ….</summary>
    private static void WriteExtraMembers(Utf8JsonWriter writer, AmazonServiceException exception)
    {
        foreach (var property in exception.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
        {
            // Settable members only: get-only overrides such as Retryable are SDK behaviour, not wire members.
            if (property.DeclaringType!.Assembly != typeof(AmazonDynamoDBException).Assembly || !property.CanWrite ||
                property.GetValue(exception) is not { } value)
            {
                continue;
            }

            writer.WritePropertyName(property.Name);
            ModelWriter.Write(writer, value, ModelShape.For(property.PropertyType));
        }
    }

    private static string Namespace(string code) => code switch
    {
        "ValidationException" => "com.amazon.coral.validate",
        DynamoErrors.SerializationCode or DynamoErrors.UnknownOperationCode or "UnrecognizedClientException"
            or "MissingAuthenticationTokenException" or "IncompleteSignatureException" => "com.amazon.coral.service",
        _ => "com.amazonaws.dynamodb.v20120810",
    };
}
