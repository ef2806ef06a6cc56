using System.Net;
using Amazon.DynamoDBv2.Model;

namespace FakeDynamo.Errors;

/// <summary>
/// A service-side failure raised by the engine: the wire error code, status and message. The client turns it into
/// the SDK exception the real client would have produced for that operation (<see cref="ErrorMapping"/>).
/// Only <see cref="DynamoErrors"/> creates these.
/// </summary>
internal sealed class ServiceError : Exception
{
    public ServiceError(string code, string message, HttpStatusCode status = HttpStatusCode.BadRequest)
        : base(message)
    {
        Code = code;
        Status = status;
    }

    public string Code { get; }

    public HttpStatusCode Status { get; }

    /// <summary>ConditionalCheckFailedException.Item (ReturnValuesOnConditionCheckFailure = ALL_OLD).</summary>
    public Dictionary<string, AttributeValue>? Item { get; init; }

    /// <summary>TransactionCanceledException.CancellationReasons.</summary>
    public List<CancellationReason>? CancellationReasons { get; init; }
}
