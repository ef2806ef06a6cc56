using FakeDynamo.Tests.Support;

namespace FakeDynamo.Tests;

public class AccountOperationsTests : FakeDynamoTestBase
{
    [Test]
    public async Task DescribeLimits_Always_ReturnsServiceDefaults()
    {
        var limits = await Client.DescribeLimitsAsync(new DescribeLimitsRequest());
        limits.AccountMaxReadCapacityUnits.ShouldBe(80_000);
        limits.AccountMaxWriteCapacityUnits.ShouldBe(80_000);
        limits.TableMaxReadCapacityUnits.ShouldBe(40_000);
        limits.TableMaxWriteCapacityUnits.ShouldBe(40_000);
    }

    [Test]
    public async Task DescribeEndpoints_Always_ReturnsRegionalEndpoint()
    {
        var response = await Client.DescribeEndpointsAsync(new DescribeEndpointsRequest());
        response.Endpoints.ShouldHaveSingleItem().Address.ShouldBe("dynamodb.us-east-1.amazonaws.com");
        response.Endpoints[0].CachePeriodInMinutes.ShouldBe(1440);
    }
}
