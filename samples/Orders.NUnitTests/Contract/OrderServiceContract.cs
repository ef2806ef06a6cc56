using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace Orders.NUnitTests.Contract;

/// <summary>
/// The contract pattern: the tests are written once against <see cref="IAmazonDynamoDB"/>; one subclass runs them on
/// the fake (always), another on a real endpoint (only when FAKEDYNAMO_REAL_ENDPOINT is set). When a team outgrows
/// the fake, or wants to check that the fake still agrees with the service, the same tests run on the real thing.
/// Tests here must not depend on the manual clock: they wait through <see cref="PauseAsync"/>.
/// </summary>
public abstract class OrderServiceContract
{
    private IAmazonDynamoDB _dynamo = null!;
    private OrdersOptions _options = null!;

    protected OrderService Orders { get; private set; } = null!;

    /// <summary>The client to test: the fake or a real one.</summary>
    protected abstract IAmazonDynamoDB CreateClient();

    /// <summary>How a test waits for the service to make progress (the fake: advance its clock; a real endpoint: wait).</summary>
    protected abstract Task PauseAsync();

    [OneTimeSetUp]
    public async Task CreateTable()
    {
        _dynamo = CreateClient();
        _options = new OrdersOptions { TableName = $"orders-contract-{Guid.NewGuid():N}" };
        Orders = new OrderService(_dynamo, _options);
        await Orders.EnsureTableAsync();
        for (var i = 0; i < 120 && (await _dynamo.DescribeTableAsync(_options.TableName)).Table.TableStatus != TableStatus.ACTIVE; i++)
        {
            await PauseAsync();
        }
    }

    [OneTimeTearDown]
    public async Task DeleteTable()
    {
        if (_dynamo is null)
        {
            return;
        }

        await _dynamo.DeleteTableAsync(_options.TableName);
        _dynamo.Dispose();
    }

    [Test]
    public async Task Place_ThenGet_ReturnsTheSameOrder()
    {
        await Orders.PlaceAsync(new Order("c-1", "dana", 12.75m));

        (await Orders.GetAsync("c-1")).ShouldBe(new Order("c-1", "dana", 12.75m));
    }

    [Test]
    public async Task Place_SameIdTwice_LastWriteWins()
    {
        await Orders.PlaceAsync(new Order("c-2", "erin", 1m));
        await Orders.PlaceAsync(new Order("c-2", "erin", 2m));

        (await Orders.GetAsync("c-2"))!.Total.ShouldBe(2m);
    }

    [Test]
    public async Task Get_UnknownId_ReturnsNull()
    {
        (await Orders.GetAsync("c-missing")).ShouldBeNull();
    }

    [Test]
    public async Task Get_MissingTable_ThrowsResourceNotFound()
    {
        await Should.ThrowAsync<ResourceNotFoundException>(() => Orders.GetAsync("c-1", "orders-contract-no-such-table"));
    }
}
