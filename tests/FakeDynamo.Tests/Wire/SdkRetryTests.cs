using System.Diagnostics;
using Amazon.Runtime;
using FakeDynamo.Tests.Support;

namespace FakeDynamo.Tests.Wire;

/// <summary>
/// Through the SDK client the SDK's own retry policy runs: a retryable injected fault is retried and absorbed, a
/// non-retryable one surfaces at once. The SDK waits its own real backoff between attempts (a few hundred
/// milliseconds here); nothing in the fake sleeps.
/// </summary>
public sealed class SdkRetryTests : FakeDynamoTestBase
{
    private AmazonDynamoDBClient _sdk = null!;
    private int _attempts;

    [SetUp]
    public async Task CreateTableAndSdkClient()
    {
        _attempts = 0; // NUnit reuses one fixture instance for every test
        await CreateTableAsync();
        _sdk = Fake.CreateSdkClient(c =>
        {
            c.RetryMode = RequestRetryMode.Standard;
            c.MaxErrorRetry = 2;
        });
        Fake.Faults.FailWhen(
            request => request is GetItemRequest && Interlocked.Increment(ref _attempts) < 0,
            error: null);
    }

    [TearDown]
    public void DisposeSdkClient() => _sdk.Dispose();

    [Test]
    public async Task GetItem_ThrottledTwice_SdkRetriesAndSucceeds()
    {
        Fake.Faults.FailNext("GetItem", "ProvisionedThroughputExceededException", "throttled", count: 2);

        var response = await _sdk.GetItemAsync(new GetItemRequest { TableName = "Music", Key = Key("a", "b") });

        response.Item.ShouldBeNull();
        _attempts.ShouldBe(3);
    }

    [Test]
    public async Task GetItem_ThrottledMoreThanRetries_SurfacesTheTypedError()
    {
        Fake.Faults.FailNext("GetItem", "ProvisionedThroughputExceededException", "throttled", count: 3);

        await ShouldFailAsync<ProvisionedThroughputExceededException>(
            () => _sdk.GetItemAsync(new GetItemRequest { TableName = "Music", Key = Key("a", "b") }),
            "ProvisionedThroughputExceededException",
            "throttled");
        _attempts.ShouldBe(3);
    }

    [Test]
    public async Task GetItem_NonRetryableError_IsNotRetried()
    {
        await ShouldFailAsync<ResourceNotFoundException>(
            () => _sdk.GetItemAsync(new GetItemRequest { TableName = "Nope", Key = Key("a", "b") }),
            "ResourceNotFoundException",
            "Requested resource not found");
        _attempts.ShouldBe(1);
    }
}
