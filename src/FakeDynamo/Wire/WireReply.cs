using System.Globalization;
using System.Net;
using System.Net.Http.Headers;

namespace FakeDynamo.Wire;

/// <summary>
/// One answer on the wire: status, JSON body and request id. The headers are the service's: <c>x-amzn-RequestId</c>,
/// <c>x-amz-crc32</c> (the CRC32 of the body, which the SDKs verify when present) and the JSON 1.0 content type.
/// </summary>
internal sealed record WireReply(HttpStatusCode Status, byte[] Body, string RequestId)
{
    public const string TargetHeader = "X-Amz-Target";
    public const string RequestIdHeader = "x-amzn-RequestId";
    public const string Crc32Header = "x-amz-crc32";
    public const string ContentType = "application/x-amz-json-1.0";

    public string Crc32 => Wire.Crc32.Compute(Body).ToString(CultureInfo.InvariantCulture);

    public HttpResponseMessage ToHttpResponse(HttpRequestMessage request)
    {
        var content = new ByteArrayContent(Body);
        content.Headers.ContentType = new MediaTypeHeaderValue(ContentType);
        var response = new HttpResponseMessage(Status) { Content = content, RequestMessage = request };
        response.Headers.TryAddWithoutValidation(RequestIdHeader, RequestId);
        response.Headers.TryAddWithoutValidation(Crc32Header, Crc32);
        return response;
    }
}
