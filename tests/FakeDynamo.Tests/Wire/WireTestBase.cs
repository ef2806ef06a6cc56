using System.Net;
using System.Text;
using System.Text.Json;
using FakeDynamo.Tests.Support;

namespace FakeDynamo.Tests.Wire;

/// <summary>Sends raw JSON 1.0 requests to the in-process handler, as any SDK or curl would.</summary>
public abstract class WireTestBase : FakeDynamoTestBase
{
    private HttpClient _http = null!;

    [SetUp]
    public void CreateHttpClient() =>
        _http = new HttpClient(new FakeDynamoDBHttpHandler(Fake)) { BaseAddress = new Uri("http://localhost/") };

    [TearDown]
    public void DisposeHttpClient() => _http.Dispose();

    protected async Task<WireAnswer> PostAsync(string? target, string body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/") { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = new("application/x-amz-json-1.0");
        if (target is not null)
        {
            request.Headers.TryAddWithoutValidation("X-Amz-Target", target);
        }

        using var response = await _http.SendAsync(request);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        return new WireAnswer(
            response.StatusCode,
            Encoding.UTF8.GetString(bytes),
            bytes,
            response.Headers.TryGetValues("x-amzn-RequestId", out var ids) ? ids.Single() : null,
            response.Headers.TryGetValues("x-amz-crc32", out var crcs) ? crcs.Single() : null,
            response.Content.Headers.ContentType?.MediaType);
    }

    protected Task<WireAnswer> CallAsync(string operation, string body) => PostAsync("DynamoDB_20120810." + operation, body);

    /// <summary>Asserts an error answer: status, the whole <c>__type</c> and the message member (absent when null).</summary>
    protected static JsonElement ShouldBeError(WireAnswer answer, string type, string? message, string messageMember = "message", HttpStatusCode status = HttpStatusCode.BadRequest)
    {
        answer.Status.ShouldBe(status, answer.Body);
        var json = JsonDocument.Parse(answer.Body).RootElement;
        json.GetProperty("__type").GetString().ShouldBe(type);
        if (message is null)
        {
            json.TryGetProperty("message", out _).ShouldBeFalse();
            json.TryGetProperty("Message", out _).ShouldBeFalse();
        }
        else
        {
            json.GetProperty(messageMember).GetString().ShouldBe(message);
        }

        answer.RequestId.ShouldNotBeNull().ShouldMatch("^[A-Z0-9]{52}$");
        return json;
    }
}

/// <summary>What came back: status, body, and the headers the service always sends.</summary>
public sealed record WireAnswer(HttpStatusCode Status, string Body, byte[] Bytes, string? RequestId, string? Crc32, string? ContentType);
