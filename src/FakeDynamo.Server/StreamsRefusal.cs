using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;

namespace FakeDynamo.Server;

/// <summary>
/// DynamoDB Streams (<c>X-Amz-Target: DynamoDBStreams_20120810.*</c>) is a separate service that shares the JSON 1.0
/// protocol; FakeDynamo has no streams yet. Such requests get the error the service gives an operation it does not
/// know (UnknownOperationException, 400) with a message that says why, so a client configured with this endpoint for
/// streams fails clearly instead of with a bare code.
/// </summary>
internal static class StreamsRefusal
{
    public const string TargetPrefix = "DynamoDBStreams_20120810.";

    // Request ids on the wire are 52 characters from [A-Z0-9], like the fake's own (and the service's).
    private const string RequestIdAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    public static bool Applies(string target) => target.StartsWith(TargetPrefix, StringComparison.Ordinal);

    public static string Message(string target) =>
        $"DynamoDB Streams is not supported by FakeDynamo yet, so {target} cannot be served; only DynamoDB_20120810 operations are.";

    public static async Task WriteAsync(HttpResponse response, string target, CancellationToken cancellationToken)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, string>
        {
            ["__type"] = "com.amazon.coral.service#UnknownOperationException",
            ["message"] = Message(target),
        });
        response.StatusCode = StatusCodes.Status400BadRequest;
        response.ContentType = "application/x-amz-json-1.0";
        response.Headers["x-amzn-RequestId"] = RandomNumberGenerator.GetString(RequestIdAlphabet, 52);
        response.Headers["x-amz-crc32"] = Crc32(body).ToString(CultureInfo.InvariantCulture);
        response.ContentLength = body.Length;
        await response.Body.WriteAsync(body, cancellationToken);
    }

    /// <summary>CRC-32 (IEEE, reflected polynomial 0xEDB88320), what the SDKs check <c>x-amz-crc32</c> against.</summary>
    internal static uint Crc32(ReadOnlySpan<byte> data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }

        return ~crc;
    }
}
