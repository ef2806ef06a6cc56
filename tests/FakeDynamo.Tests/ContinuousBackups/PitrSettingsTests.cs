namespace FakeDynamo.Tests.ContinuousBackups;

/// <summary>
/// A point-in-time restore takes the source's current settings (indexes, billing, throughput, SSE) with the
/// overrides of RestoreTableFromBackup (backup-api §9.1, §10).
/// </summary>
public class PitrSettingsTests : PitrTestBase
{
    [SetUp]
    public async Task CreateSongs()
    {
        await Client.CreateTableAsync(Backups.FeatureTables.Request("Songs"));
        await SetPitrAsync("Songs", true);
    }

    private Task<RestoreTableToPointInTimeResponse> RestoreSongsAsync(Action<RestoreTableToPointInTimeRequest>? configure = null)
    {
        var request = new RestoreTableToPointInTimeRequest { SourceTableName = "Songs", TargetTableName = "Restored", UseLatestRestorableTime = true };
        configure?.Invoke(request);
        return Client.RestoreTableToPointInTimeAsync(request);
    }

    [Test]
    public async Task RestoreTableToPointInTime_NoOverrides_CarriesIndexesBillingAndThroughput()
    {
        var table = (await RestoreSongsAsync()).TableDescription;

        table.ProvisionedThroughput.ReadCapacityUnits.ShouldBe(5);
        table.ProvisionedThroughput.WriteCapacityUnits.ShouldBe(7);
        table.GlobalSecondaryIndexes.ShouldHaveSingleItem().IndexName.ShouldBe("ByArtist");
        table.LocalSecondaryIndexes.ShouldHaveSingleItem().IndexName.ShouldBe("ByYear");
        table.StreamSpecification.ShouldBeNull();
    }

    [Test]
    public async Task RestoreTableToPointInTime_SourceThroughputChangedAfterRestorePoint_UsesCurrentSettings()
    {
        Clock.Advance(TimeSpan.FromMinutes(10));
        var restorePoint = Clock.GetUtcNow();
        Clock.Advance(TimeSpan.FromMinutes(1));
        await Client.UpdateTableAsync(new UpdateTableRequest { TableName = "Songs", ProvisionedThroughput = new ProvisionedThroughput(20, 30) });
        Clock.Advance(TimeSpan.FromMinutes(10));

        var table = (await RestoreSongsAsync(r => { r.UseLatestRestorableTime = null; r.RestoreDateTime = restorePoint.UtcDateTime; })).TableDescription;

        table.ProvisionedThroughput.ReadCapacityUnits.ShouldBe(20);
        table.ProvisionedThroughput.WriteCapacityUnits.ShouldBe(30);
    }

    [Test]
    public async Task RestoreTableToPointInTime_Overrides_AppliedAsForBackups()
    {
        var table = (await RestoreSongsAsync(r =>
        {
            r.BillingModeOverride = BillingMode.PAY_PER_REQUEST;
            r.GlobalSecondaryIndexOverride = [];
        })).TableDescription;

        table.BillingModeSummary.BillingMode.ShouldBe(BillingMode.PAY_PER_REQUEST);
        table.GlobalSecondaryIndexes.ShouldBeNull();
        table.LocalSecondaryIndexes.ShouldHaveSingleItem();
    }

    [Test]
    public async Task RestoreTableToPointInTime_IndexOverrideNotInSource_ThrowsValidation()
    {
        await ShouldFailValidationAsync(
            () => RestoreSongsAsync(r => r.GlobalSecondaryIndexOverride =
            [
                new GlobalSecondaryIndex
                {
                    IndexName = "ByTitle",
                    KeySchema = [new KeySchemaElement("title", KeyType.HASH)],
                    Projection = new Projection { ProjectionType = ProjectionType.ALL },
                    ProvisionedThroughput = new ProvisionedThroughput(1, 1),
                },
            ]),
            "Invalid Request: Index ByTitle does not match a secondary index that existed in the source table and cannot be created during the restore operation");
        (await TableNamesAsync()).ShouldBe(["Songs"]);
    }
}
