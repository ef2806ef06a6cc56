using Microsoft.Extensions.Primitives;

namespace FakeDynamo.Server;

/// <summary>
/// Cross-origin access for the JavaScript SDK in a browser, which DynamoDB's endpoint allows: a request with an
/// <c>Origin</c> is answered with <c>Access-Control-Allow-Origin: *</c> and the service's headers exposed; a preflight
/// (OPTIONS with <c>Access-Control-Request-Method</c>) is answered at once, allowing the headers it asks for. Any
/// origin is allowed because the server listens only on 127.0.0.1 (DynamoDB Local's <c>-cors *</c> does the same).
/// </summary>
internal static class Cors
{
    private const string ExposedHeaders = "x-amzn-RequestId,x-amzn-ErrorType,x-amz-crc32,Date";

    /// <summary>Adds the CORS headers to a response for a cross-origin request.</summary>
    public static void Allow(HttpContext context)
    {
        if (context.Request.Headers.Origin.Count > 0)
        {
            context.Response.Headers.AccessControlAllowOrigin = "*";
            context.Response.Headers.AccessControlExposeHeaders = ExposedHeaders;
        }
    }

    /// <summary>Answers a preflight request; false when <paramref name="context"/> is not one.</summary>
    public static bool TryAnswerPreflight(HttpContext context)
    {
        var request = context.Request;
        if (!HttpMethods.IsOptions(request.Method) || request.Headers.AccessControlRequestMethod.Count == 0)
        {
            return false;
        }

        Allow(context);
        context.Response.Headers.AccessControlAllowMethods = "POST, GET, OPTIONS";
        context.Response.Headers.AccessControlAllowHeaders = request.Headers.AccessControlRequestHeaders.Count > 0
            ? request.Headers.AccessControlRequestHeaders
            : new StringValues("*");
        context.Response.Headers.AccessControlMaxAge = "172800";
        context.Response.StatusCode = StatusCodes.Status200OK;
        return true;
    }
}
