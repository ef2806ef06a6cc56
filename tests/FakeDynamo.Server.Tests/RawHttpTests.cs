using System.Net;
using System.Text;
using System.Text.Json;
using FakeDynamo.Server.Tests.Support;

namespace FakeDynamo.Server.Tests;

/// <summary>The server's HTTP surface seen without an SDK: headers, checksum, streams refusal, health probe.</summary>
public class RawHttpTests : LoopbackServerTestBase
{
    private static readonly HttpClient Http = new();

    [Test]
    public async Task Post_StreamsTarget_Answers400UnknownOperationNamingStreams()
    {
        using var response = await PostAsync("DynamoDBStreams_20120810.GetRecords", """{"ShardIterator":"x"}""");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/x-amz-json-1.0");
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        body.RootElement.GetProperty("__type").GetString().ShouldBe("com.amazon.coral.service#UnknownOperationException");
        body.RootElement.GetProperty("message").GetString().ShouldBe(
            "FakeDynamo does not support DynamoDB Streams yet (DynamoDBStreams_20120810.GetRecords). See the support matrix in the README.");
        await ShouldCarryServiceHeadersAsync(response);
    }

    [Test]
    public async Task Post_ListTables_CarriesRequestIdAndTheBodysCrc32()
    {
        using var response = await PostAsync("DynamoDB_20120810.ListTables", "{}");

        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/x-amz-json-1.0");
        await ShouldCarryServiceHeadersAsync(response);
    }

    [Test]
    public async Task Get_Root_AnswersLikeTheServiceHealthCheck()
    {
        using var response = await Http.GetAsync(new Uri(Address + "/"));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldBe("healthy: dynamodb.us-east-1.amazonaws.com ");
    }

    [Test]
    public async Task Post_Http10WithoutHostHeader_IsServed()
    {
        const string Body = "{}";
        using var tcp = new System.Net.Sockets.TcpClient();
        await tcp.ConnectAsync(IPAddress.Loopback, new Uri(Address).Port);
        await using var stream = tcp.GetStream();
        var request = "POST / HTTP/1.0\r\nX-Amz-Target: DynamoDB_20120810.ListTables\r\n" +
            $"Content-Type: application/x-amz-json-1.0\r\nContent-Length: {Body.Length}\r\n\r\n{Body}";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));

        using var reader = new StreamReader(stream, Encoding.ASCII);
        var answer = await reader.ReadToEndAsync();

        answer.ShouldStartWith("HTTP/1.1 200 OK");
        answer.ShouldEndWith("{\"TableNames\":[]}");
    }

    [Test]
    public async Task Post_InjectedNetworkFailure_DropsTheConnection()
    {
        Fake.Faults.FailNext("ListTables", error: () => new IOException("cable cut"));

        await Should.ThrowAsync<HttpRequestException>(() => PostAsync("DynamoDB_20120810.ListTables", "{}"));
    }

    [Test]
    public async Task Options_BrowserPreflight_AllowsTheRequestedHeaders()
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, new Uri(Address + "/"));
        request.Headers.Add("Origin", "http://localhost:3000");
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type,x-amz-target,authorization");

        using var response = await Http.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.GetValues("Access-Control-Allow-Origin").ShouldHaveSingleItem().ShouldBe("*");
        response.Headers.GetValues("Access-Control-Allow-Headers").ShouldHaveSingleItem().ShouldBe("content-type,x-amz-target,authorization");
        response.Headers.GetValues("Access-Control-Allow-Methods").ShouldHaveSingleItem().ShouldContain("POST");
    }

    [Test]
    public async Task Post_FromABrowserOrigin_ExposesTheServiceHeaders()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(Address + "/"))
        {
            Content = new StringContent("{}", Encoding.UTF8, "application/x-amz-json-1.0"),
        };
        request.Headers.TryAddWithoutValidation("X-Amz-Target", "DynamoDB_20120810.ListTables");
        request.Headers.Add("Origin", "http://localhost:3000");

        using var response = await Http.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.GetValues("Access-Control-Allow-Origin").ShouldHaveSingleItem().ShouldBe("*");
        response.Headers.GetValues("Access-Control-Expose-Headers").ShouldHaveSingleItem().ShouldContain("x-amzn-RequestId");
    }

    [Test]
    public void Crc32_CheckInput_GivesTheCatalogueValue()
    {
        // The CRC-32/ISO-HDLC check value for "123456789" (the catalogue value every implementation must give).
        Crc32.Compute("123456789"u8).ShouldBe(0xCBF43926u);
    }

    private async Task<HttpResponseMessage> PostAsync(string target, string json)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(Address + "/"))
        {
            Content = new StringContent(json, Encoding.UTF8, "application/x-amz-json-1.0"),
        };
        request.Headers.TryAddWithoutValidation("X-Amz-Target", target);
        return await Http.SendAsync(request);
    }

    private static async Task ShouldCarryServiceHeadersAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsByteArrayAsync();
        response.Headers.GetValues("x-amzn-RequestId").ShouldHaveSingleItem().ShouldMatch("^[A-Z0-9]{52}$");
        response.Headers.GetValues("x-amz-crc32").ShouldHaveSingleItem().ShouldBe(Crc32.Compute(body).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
