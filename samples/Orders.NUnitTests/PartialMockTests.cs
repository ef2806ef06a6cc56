using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;
using FakeDynamo;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Moq;

namespace Orders.NUnitTests;

/// <summary>
/// A partial Moq mock of the fake: one call is overridden to fail, every other call is the fake's real behaviour.
/// Useful for a failure the fake's fault injector cannot express (here: a failure that depends on the call's order).
/// </summary>
public class PartialMockTests : OrdersTestBase
{
    private Mock<FakeDynamoDBClient> _mock = null!;

    protected override void ConfigureServices(IServiceCollection services)
    {
        _mock = new Mock<FakeDynamoDBClient>(new FakeDynamoDBOptions { TimeProvider = Clock, Seed = 1 }) { CallBase = true };
        _mock.SetupSequence(c => c.DeleteBackupAsync(It.IsAny<DeleteBackupRequest>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new LimitExceededException("Subscriber limit exceeded", null, ErrorType.Unknown, "LimitExceededException", "REQ", System.Net.HttpStatusCode.BadRequest))
            .CallBase();
        services.Replace(ServiceDescriptor.Singleton<IAmazonDynamoDB>(_mock.Object));
        services.Replace(ServiceDescriptor.Singleton<FakeDynamoDBClient>(_mock.Object));
    }

    [Test]
    public async Task Retention_FirstDeleteThrottled_RetriesAndStillKeepsThree()
    {
        var job = Services.GetRequiredService<NightlyBackupJob>();
        for (var night = 0; night < 4; night++)
        {
            await job.RunAsync();
            Clock.Advance(TimeSpan.FromDays(1));
        }

        (await job.ListUserBackupsAsync()).Count.ShouldBe(3);
        Fake.ShouldBeSameAs(_mock.Object);
        _mock.Verify(c => c.DeleteBackupAsync(It.IsAny<DeleteBackupRequest>(), It.IsAny<CancellationToken>()), Times.Exactly(2));
    }
}
