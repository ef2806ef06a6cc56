namespace FakeDynamo.Tests.ContinuousBackups;

/// <summary>The PITR operations on tables that are not ACTIVE (backup-api §11).</summary>
public class PitrTableStateTests : PitrTestBase
{
    protected override void Configure(FakeDynamoDBOptions options)
    {
        options.TableDeleteDelay = TimeSpan.FromSeconds(20);
        options.TableUpdateDelay = TimeSpan.FromSeconds(20);
    }

    [Test]
    public async Task ContinuousBackups_TableDeleting_ThrowsTableNotFoundForBoth()
    {
        await CreatePitrTableAsync();
        await Client.DeleteTableAsync("Music");

        await ShouldFailAsync<TableNotFoundException>(() => DescribePitrAsync(), "TableNotFoundException", "Table not found: Music");
        await ShouldFailAsync<TableNotFoundException>(() => SetPitrAsync("Music", false), "TableNotFoundException", "Table not found: Music");

        // The SYSTEM backup was made at DeleteTable and is not suppressed by the refused disable.
        (await ListAllAsync(new ListBackupsRequest { BackupType = BackupTypeFilter.SYSTEM })).ShouldHaveSingleItem();
    }

    [Test]
    public async Task ContinuousBackups_TableUpdating_Works()
    {
        await CreateTableAsync();
        await Client.UpdateTableAsync(new UpdateTableRequest { TableName = "Music", BillingMode = BillingMode.PROVISIONED, ProvisionedThroughput = new ProvisionedThroughput(1, 1) });
        (await Client.DescribeTableAsync("Music")).Table.TableStatus.ShouldBe(TableStatus.UPDATING);

        (await SetPitrAsync("Music", true)).ContinuousBackupsDescription.PointInTimeRecoveryDescription
            .PointInTimeRecoveryStatus.ShouldBe(PointInTimeRecoveryStatus.ENABLED);
        (await RestoreLatestAsync()).TableStatus.ShouldBe(TableStatus.CREATING);
    }
}
