using Amazon.DynamoDBv2;
using FakeDynamo;

namespace Orders.NUnitTests.Contract;

/// <summary>The contract on the fake: runs in every build.</summary>
public class OrderServiceOnFakeTests : OrderServiceContract
{
    private readonly ManualTimeProvider _clock = new();

    protected override IAmazonDynamoDB CreateClient() =>
        new FakeDynamoDBClient(new FakeDynamoDBOptions { TimeProvider = _clock, TableCreateDelay = TimeSpan.FromSeconds(10) });

    protected override Task PauseAsync()
    {
        _clock.Advance(TimeSpan.FromSeconds(1));
        return Task.CompletedTask;
    }
}

/// <summary>
/// The contract through a real <see cref="AmazonDynamoDBClient"/> whose HTTP calls the fake answers in-process
/// (<see cref="FakeDynamoDBClient.CreateSdkClient"/>): the SDK's marshalling and unmarshalling run. Every build.
/// </summary>
public class OrderServiceOnSdkClientOverFakeTests : OrderServiceContract
{
    private readonly ManualTimeProvider _clock = new();

    // The fake holds nothing to release; it must outlive the SDK client, which the base disposes after its teardown calls.
    protected override IAmazonDynamoDB CreateClient() =>
        new FakeDynamoDBClient(new FakeDynamoDBOptions { TimeProvider = _clock, TableCreateDelay = TimeSpan.FromSeconds(10) })
            .CreateSdkClient();

    protected override Task PauseAsync()
    {
        _clock.Advance(TimeSpan.FromSeconds(1));
        return Task.CompletedTask;
    }
}

/// <summary>
/// The same contract on a real endpoint — DynamoDB in an AWS account (credentials and region from the SDK's usual
/// chain) or any compatible service URL. Skipped unless FAKEDYNAMO_REAL_ENDPOINT is set: to <c>aws</c> for the
/// account's regional endpoint, or to a service URL. It creates and deletes one on-demand table per run.
/// </summary>
public class OrderServiceOnRealEndpointTests : OrderServiceContract
{
    private const string Variable = "FAKEDYNAMO_REAL_ENDPOINT";

    protected override IAmazonDynamoDB CreateClient()
    {
        var endpoint = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(endpoint))
        {
            Assert.Ignore($"Set {Variable} (to 'aws' or a service URL) to run the contract on a real endpoint.");
        }

        return endpoint == "aws"
            ? new AmazonDynamoDBClient()
            : new AmazonDynamoDBClient(new AmazonDynamoDBConfig { ServiceURL = endpoint });
    }

    // A real service makes progress in real time; this runs only when a real endpoint was asked for.
    protected override Task PauseAsync() => Task.Delay(TimeSpan.FromSeconds(1));
}
