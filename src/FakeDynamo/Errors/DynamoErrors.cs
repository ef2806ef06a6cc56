using System.Net;

namespace FakeDynamo.Errors;

/// <summary>
/// The one factory for every service error the fake raises, and so the one catalogue of message texts. Each text
/// cites where it came from (spec section, evidence tag). Split by operation family into partial files.
/// </summary>
internal static partial class DynamoErrors
{
    /// <summary>A ValidationException with the complete message text.</summary>
    public static ServiceError Validation(string message) => new("ValidationException", message);

    /// <summary>Wraps a bare validation text in the 2026 Coral envelope used by Put/Update/Delete (data-plane §0.1).</summary>
    public static ServiceError ValidationEnveloped(string message) => new("ValidationException", "1 validation error detected: " + message);

    /// <summary>500 InternalServerError; the default injected fault.</summary>
    public static ServiceError InternalServerError(string message = "Internal server error") =>
        new("InternalServerError", message, HttpStatusCode.InternalServerError);

    /// <summary>A fault injected by a test (FaultInjector): any code, typed per operation like a real error; 500 for InternalServerError.</summary>
    public static ServiceError Injected(string code, string message) =>
        new(code, message, code == "InternalServerError" ? HttpStatusCode.InternalServerError : HttpStatusCode.BadRequest);

    /// <summary>The SDK's throttling error: <c>Rate exceeded</c> (backup-api §12).</summary>
    public static ServiceError Throttling() => new("ThrottlingException", "Rate exceeded");
}
