using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using FakeDynamo;
using Microsoft.Extensions.DependencyInjection;

namespace Orders.NUnitTests;

public class IncidentRestorerTests : OrdersTestBase
{
    protected override void ConfigureFake(FakeDynamoDBOptions options) => options.RestoreDelay = TimeSpan.FromMinutes(10);

    [Test]
    public async Task RestoreLatest_AfterBadWrite_RestoresLastNightsOrdersOnceActive()
    {
        var orders = Services.GetRequiredService<OrderService>();
        await orders.PlaceAsync(new Order("o-1", "alice", 10m));
        await Services.GetRequiredService<NightlyBackupJob>().RunAsync();
        Clock.Advance(TimeSpan.FromHours(8));
        await orders.PlaceAsync(new Order("o-1", "alice", -999m)); // the incident
        var restoreStarted = Clock.GetUtcNow();

        var table = await Services.GetRequiredService<IncidentRestorer>().RestoreLatestAsync("Orders-incident-42");

        table.TableStatus.ShouldBe(TableStatus.ACTIVE);
        (Clock.GetUtcNow() - restoreStarted).ShouldBe(TimeSpan.FromMinutes(10)); // 20 polls of 30 s
        (await orders.GetAsync("o-1", "Orders-incident-42"))!.Total.ShouldBe(10m);
        (await orders.GetAsync("o-1"))!.Total.ShouldBe(-999m);
    }

    [Test]
    public async Task RestoreLatest_NoBackup_SaysSo()
    {
        var error = await Should.ThrowAsync<InvalidOperationException>(
            () => Services.GetRequiredService<IncidentRestorer>().RestoreLatestAsync("Orders-incident-1"));

        error.Message.ShouldBe("There is no available backup of Orders to restore.");
    }

    [Test]
    public async Task NightlyRun_DuringRestoreFromOldBackup_SkipsItThenDeletesItNextNight()
    {
        var job = Services.GetRequiredService<NightlyBackupJob>();
        var oldest = await job.RunAsync();
        for (var night = 1; night < 3; night++)
        {
            Clock.Advance(TimeSpan.FromDays(1));
            await job.RunAsync();
        }

        await Dynamo.RestoreTableFromBackupAsync(new RestoreTableFromBackupRequest { BackupArn = oldest.BackupArn, TargetTableName = "Orders-audit" });
        Clock.Advance(TimeSpan.FromMinutes(1));
        var during = await job.RunAsync();
        Clock.Advance(TimeSpan.FromDays(1));
        var next = await job.RunAsync();

        // BackupInUse was retried (1+2+4+8 s), then the backup was left for the next night.
        during.Skipped.ShouldBe([oldest.BackupArn]);
        next.Deleted.ShouldContain(oldest.BackupArn);
    }
}
