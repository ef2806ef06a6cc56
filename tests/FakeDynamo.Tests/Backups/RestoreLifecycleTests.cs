namespace FakeDynamo.Tests.Backups;

/// <summary>A restore that takes time: CREATING target, the backup in use, the target name in use, then ACTIVE.</summary>
public class RestoreLifecycleTests : BackupTestBase
{
    private static readonly TimeSpan RestoreDelay = TimeSpan.FromMinutes(5);

    protected override void Configure(FakeDynamoDBOptions options)
    {
        options.RestoreDelay = RestoreDelay;
        options.BackupCreateDelay = TimeSpan.FromSeconds(30);
    }

    private async Task<string> AvailableBackupAsync()
    {
        await CreateTableAsync();
        await PutTitleAsync("Music", "a", "1", "Hello");
        var arn = (await BackupAsync()).BackupArn;
        Clock.Advance(TimeSpan.FromSeconds(30));
        return arn;
    }

    [Test]
    public async Task RestoreTableFromBackup_BackupStillCreating_ThrowsBackupInUse()
    {
        await CreateTableAsync();
        var arn = (await BackupAsync()).BackupArn;

        await ShouldFailAsync<BackupInUseException>(() => RestoreAsync(arn), "BackupInUseException", $"Backup is being created: {arn}");
        (await Client.ListTablesAsync()).TableNames.ShouldBe(["Music"]);
    }

    [Test]
    public async Task RestoreTableFromBackup_DuringDelay_CreatingThenActiveWithSummaryKept()
    {
        var arn = await AvailableBackupAsync();
        await RestoreAsync(arn);

        Clock.Advance(RestoreDelay - TimeSpan.FromMilliseconds(1));
        var during = (await Client.DescribeTableAsync("Restored")).Table;
        during.TableStatus.ShouldBe(TableStatus.CREATING);
        during.RestoreSummary.RestoreInProgress.ShouldBe(true);

        Clock.Advance(TimeSpan.FromMilliseconds(1));
        var after = (await Client.DescribeTableAsync("Restored")).Table;
        after.TableStatus.ShouldBe(TableStatus.ACTIVE);
        after.RestoreSummary.RestoreInProgress.ShouldBe(false);
        after.RestoreSummary.SourceBackupArn.ShouldBe(arn);
        (await ReadTitleAsync("Restored", "a", "1")).ShouldBe("Hello");
    }

    [Test]
    public async Task RestoreTableFromBackup_TargetStillCreating_DataPlaneFailsAsOnAnyCreatingTable()
    {
        var arn = await AvailableBackupAsync();
        await RestoreAsync(arn);

        await ShouldFailAsync<ResourceNotFoundException>(() => Client.GetItemAsync(new GetItemRequest { TableName = "Restored", Key = Key("a", "1") }),
            "ResourceNotFoundException", "Requested resource not found");
        await ShouldFailAsync<ResourceNotFoundException>(() => PutTitleAsync("Restored", "b", "1", "x"),
            "ResourceNotFoundException", "Requested resource not found");
    }

    [Test]
    public async Task CreateBackup_OfARestoreTargetStillCreating_ThrowsTableNotFound()
    {
        var arn = await AvailableBackupAsync();
        await RestoreAsync(arn);

        await ShouldFailAsync<TableNotFoundException>(() => BackupAsync("Restored"), "TableNotFoundException", "Table not found: Restored");
    }

    [Test]
    public async Task RestoreTableFromBackup_TargetIsARestoreInProgress_ThrowsTableInUse()
    {
        var arn = await AvailableBackupAsync();
        var other = (await BackupAsync("Music", "other")).BackupArn;
        Clock.Advance(TimeSpan.FromSeconds(30));
        await RestoreAsync(arn);

        await ShouldFailAsync<TableInUseException>(() => RestoreAsync(other), "TableInUseException",
            $"Table: Restored is already being restored from backup: {arn}");
    }

    [Test]
    public async Task RestoreTableFromBackup_BackupFeedingAnotherRestore_ThrowsBackupInUse()
    {
        var arn = await AvailableBackupAsync();
        await RestoreAsync(arn, "First");

        await ShouldFailAsync<BackupInUseException>(() => RestoreAsync(arn, "Second"), "BackupInUseException",
            $"Backup is being used to restore another table: {arn}");

        Clock.Advance(RestoreDelay);
        (await RestoreAsync(arn, "Second")).TableStatus.ShouldBe(TableStatus.CREATING);
    }

    [Test]
    public async Task CreateTable_OverARestoreInProgress_ThrowsTableBeingUsed()
    {
        var arn = await AvailableBackupAsync();
        await RestoreAsync(arn);

        await ShouldFailAsync<ResourceInUseException>(() => CreateTableAsync("Restored"), "ResourceInUseException", "Table is being used: Restored");
    }
}
