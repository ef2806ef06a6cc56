using FakeDynamo;
using Microsoft.Extensions.DependencyInjection;

namespace Orders.XunitTests;

/// <summary>
/// The application wired as in production, with the fake as IAmazonDynamoDB and a manual clock. xUnit makes a new test
/// class instance per test, so each test gets its own application: build one in the constructor, dispose it after.
/// </summary>
public sealed class OrdersApp : IDisposable
{
    public OrdersApp(Action<FakeDynamoDBOptions>? configureFake = null)
    {
        Services = new ServiceCollection()
            .AddSingleton<TimeProvider>(Clock)
            .AddOrders(o =>
            {
                o.BackupsToKeep = 2;
                o.Wait = (delay, _) =>
                {
                    Clock.Advance(delay);
                    return Task.CompletedTask;
                };
            })
            .AddFakeDynamoDB(o =>
            {
                o.TimeProvider = Clock;
                configureFake?.Invoke(o);
            })
            .BuildServiceProvider();
    }

    public ManualTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 6, 1, 2, 0, 0, TimeSpan.Zero));

    public ServiceProvider Services { get; }

    public FakeDynamoDBClient Fake => Services.GetRequiredService<FakeDynamoDBClient>();

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    public void Dispose() => Services.Dispose();
}
