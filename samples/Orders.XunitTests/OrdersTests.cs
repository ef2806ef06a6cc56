using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace Orders.XunitTests;

public sealed class OrdersTests : IAsyncLifetime, IDisposable
{
    private readonly OrdersApp _app = new(o => o.RestoreDelay = TimeSpan.FromMinutes(3));

    public Task InitializeAsync() => _app.Get<OrderService>().EnsureTableAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Place_ThenGet_ReturnsTheOrder()
    {
        var orders = _app.Get<OrderService>();

        await orders.PlaceAsync(new Order("o-7", "bob", 3.25m));

        (await orders.GetAsync("o-7")).ShouldBe(new Order("o-7", "bob", 3.25m));
    }

    [Fact]
    public async Task NightlyBackup_ThreeNights_KeepsTwo()
    {
        var job = _app.Get<NightlyBackupJob>();
        var first = await job.RunAsync();
        _app.Clock.Advance(TimeSpan.FromDays(1));
        await job.RunAsync();
        _app.Clock.Advance(TimeSpan.FromDays(1));

        var third = await job.RunAsync();

        third.Deleted.ShouldBe([first.BackupArn]);
        (await job.ListUserBackupsAsync()).Count.ShouldBe(2);
    }

    [Fact]
    public async Task NightlyBackup_OneLimitExceeded_RetriedAfterOneSecond()
    {
        _app.Fake.Faults.FailNext("CreateBackup", "LimitExceededException", "Subscriber limit exceeded");

        var result = await _app.Get<NightlyBackupJob>().RunAsync();

        result.BackupArn.ShouldNotBeNullOrEmpty();
        _app.Clock.GetUtcNow().ShouldBe(new DateTimeOffset(2026, 6, 1, 2, 0, 1, TimeSpan.Zero));
    }

    [Fact]
    public async Task RestoreLatest_ThreeMinuteRestore_ReturnsActiveTableWithTheOrders()
    {
        await _app.Get<OrderService>().PlaceAsync(new Order("o-1", "carol", 99m));
        await _app.Get<NightlyBackupJob>().RunAsync();

        var table = await _app.Get<IncidentRestorer>().RestoreLatestAsync("Orders-restored");

        table.TableStatus.ShouldBe(TableStatus.ACTIVE);
        table.RestoreSummary.RestoreInProgress.ShouldBe(false);
        (await _app.Get<OrderService>().GetAsync("o-1", "Orders-restored"))!.Customer.ShouldBe("carol");
    }

    [Fact]
    public async Task NightlyBackup_TableMissing_FailsWithTheServicesError()
    {
        await _app.Get<IAmazonDynamoDB>().DeleteTableAsync("Orders");

        await Should.ThrowAsync<TableNotFoundException>(() => _app.Get<NightlyBackupJob>().RunAsync());
    }
}
