using Microsoft.Extensions.DependencyInjection;

namespace Orders.NUnitTests;

public class OrderServiceTests : OrdersTestBase
{
    [Test]
    public async Task Place_ThenGet_ReturnsTheOrder()
    {
        var orders = Services.GetRequiredService<OrderService>();

        await orders.PlaceAsync(new Order("o-1", "alice", 20.50m));

        (await orders.GetAsync("o-1")).ShouldBe(new Order("o-1", "alice", 20.50m));
    }

    [Test]
    public async Task Get_UnknownOrder_ReturnsNull()
    {
        (await Services.GetRequiredService<OrderService>().GetAsync("nope")).ShouldBeNull();
    }

    [Test]
    public async Task EnsureTable_CalledTwice_KeepsTheOrders()
    {
        var orders = Services.GetRequiredService<OrderService>();
        await orders.PlaceAsync(new Order("o-1", "alice", 1m));

        await orders.EnsureTableAsync();

        (await orders.GetAsync("o-1")).ShouldNotBeNull();
    }
}
