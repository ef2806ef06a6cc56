using Amazon.Runtime;

namespace FakeDynamo.Server.Tests.Support;

/// <summary>
/// Base fixture: a fresh fake behind an in-process Kestrel on a free loopback port, and a real
/// <see cref="AmazonDynamoDBClient"/> pointed at it over the socket (it signs every request with SigV4).
/// </summary>
public abstract class LoopbackServerTestBase
{
    private FakeDynamoServer _server = null!;

    /// <summary>The fake behind the server, to check what a call over the wire did.</summary>
    protected FakeDynamoDBClient Fake { get; private set; } = null!;

    /// <summary>The SDK client talking to the server.</summary>
    protected AmazonDynamoDBClient Sdk { get; private set; } = null!;

    /// <summary>The server's URL, <c>http://127.0.0.1:&lt;port&gt;</c>.</summary>
    protected string Address => _server.Address;

    [SetUp]
    public async Task StartServerAsync()
    {
        Fake = new FakeDynamoDBClient(new FakeDynamoDBOptions { Seed = 7 });
        _server = await FakeDynamoServer.StartAsync(new ServerOptions { Port = 0 }, Fake, CancellationToken.None);
        Sdk = new AmazonDynamoDBClient(
            new BasicAWSCredentials("x", "y"),
            new AmazonDynamoDBConfig { ServiceURL = Address, AuthenticationRegion = "us-east-1", MaxErrorRetry = 0 });
    }

    [TearDown]
    public async Task StopServerAsync()
    {
        Sdk.Dispose();
        await _server.DisposeAsync();
        Fake.Dispose();
    }

    /// <summary>Creates an on-demand table <paramref name="name"/> with string keys <c>pk</c> (HASH) and <c>sk</c> (RANGE).</summary>
    protected Task<CreateTableResponse> CreateTableAsync(string name) => Sdk.CreateTableAsync(new CreateTableRequest
    {
        TableName = name,
        BillingMode = BillingMode.PAY_PER_REQUEST,
        KeySchema = [new KeySchemaElement("pk", KeyType.HASH), new KeySchemaElement("sk", KeyType.RANGE)],
        AttributeDefinitions = [new AttributeDefinition("pk", ScalarAttributeType.S), new AttributeDefinition("sk", ScalarAttributeType.S)],
    });

    protected static Dictionary<string, AttributeValue> Item(string pk, string sk, params (string Name, string Value)[] strings)
    {
        var item = new Dictionary<string, AttributeValue> { ["pk"] = new() { S = pk }, ["sk"] = new() { S = sk } };
        foreach (var (name, value) in strings)
        {
            item[name] = new AttributeValue { S = value };
        }

        return item;
    }
}
