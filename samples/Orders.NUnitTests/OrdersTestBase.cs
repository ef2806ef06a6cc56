using Amazon.DynamoDBv2;
using FakeDynamo;
using Microsoft.Extensions.DependencyInjection;

namespace Orders.NUnitTests;

/// <summary>
/// The application wired as in production, except that IAmazonDynamoDB is the fake and time is a manual clock.
/// The application's waits advance that clock by exactly the wait, so retries and polling take no real time.
/// </summary>
public abstract class OrdersTestBase
{
    protected ManualTimeProvider Clock { get; private set; } = null!;

    protected ServiceProvider Services { get; private set; } = null!;

    protected FakeDynamoDBClient Fake => Services.GetRequiredService<FakeDynamoDBClient>();

    protected IAmazonDynamoDB Dynamo => Services.GetRequiredService<IAmazonDynamoDB>();

    [SetUp]
    public async Task StartApplication()
    {
        Clock = new ManualTimeProvider(new DateTimeOffset(2026, 6, 1, 2, 0, 0, TimeSpan.Zero));
        var services = new ServiceCollection()
            .AddSingleton<TimeProvider>(Clock)
            .AddOrders(o =>
            {
                o.BackupsToKeep = 3;
                o.ListBackupsPageSize = 2;
                o.Wait = (delay, _) =>
                {
                    Clock.Advance(delay);
                    return Task.CompletedTask;
                };
            })
            .AddFakeDynamoDB((sp, o) =>
            {
                o.TimeProvider = sp.GetRequiredService<TimeProvider>();
                o.Seed = 1;
                ConfigureFake(o);
            });
        ConfigureServices(services);
        Services = services.BuildServiceProvider();
        await Services.GetRequiredService<OrderService>().EnsureTableAsync();
    }

    [TearDown]
    public void StopApplication() => Services.Dispose();

    /// <summary>Override to set the fake's delays and quotas.</summary>
    protected virtual void ConfigureFake(FakeDynamoDBOptions options)
    {
    }

    /// <summary>Override to change registrations (e.g. replace IAmazonDynamoDB with a partial mock).</summary>
    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }
}
