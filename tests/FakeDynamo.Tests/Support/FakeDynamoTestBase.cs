using System.Net;

namespace FakeDynamo.Tests.Support;

/// <summary>
/// Base fixture: a fresh fake per test on a manual clock, with helpers to create tables and to assert service errors
/// exactly (type, ErrorCode, ErrorType, StatusCode, request id shape, message).
/// </summary>
public abstract class FakeDynamoTestBase
{
    protected ManualTimeProvider Clock { get; private set; } = null!;

    /// <summary>The concrete fake: its faults, options and lifetime (never the thing a test's calls go through).</summary>
    protected FakeDynamoDBClient Fake { get; private set; } = null!;

    /// <summary>
    /// The client the tests call. In FakeDynamo.Tests it is the fake itself; in FakeDynamo.WireTests (WIRE) it is a real
    /// SDK client whose HTTP calls the fake answers, so the same tests check the JSON 1.0 wire protocol.
    /// </summary>
    protected IAmazonDynamoDB Client { get; private set; } = null!;

    [SetUp]
    public void CreateClient()
    {
        Clock = new ManualTimeProvider(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));
        var options = new FakeDynamoDBOptions { TimeProvider = Clock, Seed = 42 };
        Configure(options);
        Fake = new FakeDynamoDBClient(options);
        Client = Connect(Fake);
    }

    [TearDown]
    public void DisposeClient()
    {
        Client.Dispose();
        Fake.Dispose();
    }

    /// <summary>
    /// The client a test calls for <paramref name="fake"/>: the fake itself, or in the wire build (WIRE) a real SDK
    /// client whose HTTP calls the fake answers. Dispose both (disposing the fake twice is harmless).
    /// </summary>
    internal static IAmazonDynamoDB Connect(FakeDynamoDBClient fake)
    {
#if WIRE
        // Retries off: an injected throttling or 5xx fault must surface exactly once, as in the direct suite, and
        // SDK retries must not consume a fault's call count or repeat a write.
        return fake.CreateSdkClient(c => c.MaxErrorRetry = 0);
#else
        return fake;
#endif
    }

    /// <summary>Override to change options before the client is built.</summary>
    protected virtual void Configure(FakeDynamoDBOptions options)
    {
    }

    /// <summary>Creates an on-demand table with a string partition key <c>pk</c> and, optionally, a string sort key <c>sk</c>.</summary>
    protected async Task<TableDescription> CreateTableAsync(string name = "Music", bool withSortKey = true)
    {
        var request = new CreateTableRequest
        {
            TableName = name,
            BillingMode = BillingMode.PAY_PER_REQUEST,
            KeySchema = [new KeySchemaElement("pk", KeyType.HASH)],
            AttributeDefinitions = [new AttributeDefinition("pk", ScalarAttributeType.S)],
        };
        if (withSortKey)
        {
            request.KeySchema.Add(new KeySchemaElement("sk", KeyType.RANGE));
            request.AttributeDefinitions.Add(new AttributeDefinition("sk", ScalarAttributeType.S));
        }

        return (await Client.CreateTableAsync(request)).TableDescription;
    }

    protected Task PutAsync(string table, string pk, string sk, params (string Name, AttributeValue Value)[] attributes)
    {
        var item = new Dictionary<string, AttributeValue> { ["pk"] = new() { S = pk }, ["sk"] = new() { S = sk } };
        foreach (var (name, value) in attributes)
        {
            item[name] = value;
        }

        return Client.PutItemAsync(new PutItemRequest { TableName = table, Item = item });
    }

    protected static Dictionary<string, AttributeValue> Key(string pk, string sk) =>
        new() { ["pk"] = new AttributeValue { S = pk }, ["sk"] = new AttributeValue { S = sk } };

    /// <summary>Awaits <paramref name="call"/> and asserts it fails exactly as the service would.</summary>
    protected static async Task<TException> ShouldFailAsync<TException>(Func<Task> call, string errorCode, string message, HttpStatusCode status = HttpStatusCode.BadRequest)
        where TException : AmazonDynamoDBException
    {
        var exception = await Should.ThrowAsync<TException>(call);
        exception.GetType().ShouldBe(typeof(TException));
        exception.ErrorCode.ShouldBe(errorCode);
        exception.ErrorType.ShouldBe(Amazon.Runtime.ErrorType.Unknown);
        exception.StatusCode.ShouldBe(status);
        exception.RequestId.ShouldMatch("^[A-Z0-9]{52}$");
        exception.Message.ShouldBe(message);
        return exception;
    }

    /// <summary>A ValidationException: always an untyped <see cref="AmazonDynamoDBException"/>.</summary>
    protected static Task<AmazonDynamoDBException> ShouldFailValidationAsync(Func<Task> call, string message) =>
        ShouldFailAsync<AmazonDynamoDBException>(call, "ValidationException", message);
}
