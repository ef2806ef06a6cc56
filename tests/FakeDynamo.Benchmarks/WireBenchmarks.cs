using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using BenchmarkDotNet.Attributes;

namespace FakeDynamo.Benchmarks;

/// <summary>
/// What the wire costs: the same PutItem + GetItem pair on the fake directly, and through a real
/// <see cref="AmazonDynamoDBClient"/> over the in-process handler (SDK marshalling, signing, the JSON 1.0 codec and the
/// SDK's unmarshalling). Report the ratio of the two from one run.
/// </summary>
[Config(typeof(InProcessShortConfig))]
[MemoryDiagnoser]
public class WireBenchmarks : IDisposable
{
    private FakeDynamoDBClient _fake = null!;
    private AmazonDynamoDBClient _sdk = null!;
    private Dictionary<string, AttributeValue> _item = null!;
    private Dictionary<string, AttributeValue> _key = null!;
    private HttpMessageInvoker _handler = null!;

    private const string PutBody =
        """{"TableName":"Bench","Item":{"pk":{"S":"order-1"},"status":{"S":"shipped"},"total":{"N":"123.45"},"lines":{"L":[{"M":{"sku":{"S":"A-1"},"qty":{"N":"2"}}}]}}}""";

    private const string GetBody = """{"TableName":"Bench","Key":{"pk":{"S":"order-1"}}}""";

    [GlobalSetup]
    public void Setup()
    {
        _fake = new FakeDynamoDBClient(new FakeDynamoDBOptions { Seed = 1 });
        _fake.CreateTableAsync(new CreateTableRequest
        {
            TableName = "Bench",
            BillingMode = BillingMode.PAY_PER_REQUEST,
            KeySchema = [new KeySchemaElement("pk", KeyType.HASH)],
            AttributeDefinitions = [new AttributeDefinition("pk", ScalarAttributeType.S)],
        }).GetAwaiter().GetResult();
        _sdk = _fake.CreateSdkClient();
        _handler = new HttpMessageInvoker(new FakeDynamoDBHttpHandler(_fake));
        _key = new() { ["pk"] = new AttributeValue { S = "order-1" } };
        _item = new(_key)
        {
            ["status"] = new AttributeValue { S = "shipped" },
            ["total"] = new AttributeValue { N = "123.45" },
            ["lines"] = new AttributeValue { L = [new() { M = new() { ["sku"] = new() { S = "A-1" }, ["qty"] = new() { N = "2" } } }] },
        };
    }

    [GlobalCleanup]
    public void Cleanup() => Dispose();

    public void Dispose()
    {
        _sdk?.Dispose();
        _handler?.Dispose();
        _fake?.Dispose();
        GC.SuppressFinalize(this);
    }

    [Benchmark(Baseline = true)]
    public Task<GetItemResponse> Direct() => PutThenGet(_fake);

    [Benchmark]
    public Task<GetItemResponse> ThroughSdkClient() => PutThenGet(_sdk);

    /// <summary>The codec and dispatcher alone: the same pair as raw JSON 1.0 requests, no SDK on the client side.</summary>
    [Benchmark]
    public async Task<byte[]> ThroughHandlerOnly()
    {
        using var put = await _handler.SendAsync(Post("PutItem", PutBody), CancellationToken.None).ConfigureAwait(false);
        using var get = await _handler.SendAsync(Post("GetItem", GetBody), CancellationToken.None).ConfigureAwait(false);
        return await get.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
    }

    private static HttpRequestMessage Post(string operation, string body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "http://localhost/") { Content = new StringContent(body) };
        request.Headers.TryAddWithoutValidation("X-Amz-Target", "DynamoDB_20120810." + operation);
        return request;
    }

    private async Task<GetItemResponse> PutThenGet(IAmazonDynamoDB client)
    {
        await client.PutItemAsync(new PutItemRequest { TableName = "Bench", Item = _item }).ConfigureAwait(false);
        return await client.GetItemAsync(new GetItemRequest { TableName = "Bench", Key = _key }).ConfigureAwait(false);
    }
}
