namespace FakeDynamo.Tests.Backups;

public class DeleteBackupTests : BackupTestBase
{
    private Task<DeleteBackupResponse> DeleteAsync(string? arn) => Client.DeleteBackupAsync(new DeleteBackupRequest { BackupArn = arn });

    [Test]
    public async Task DeleteBackup_Available_ReturnsDeletedWithFullDescription()
    {
        var table = await CreateTableAsync();
        await PutTitleAsync("Music", "a", "1", "Hello");
        var created = await BackupAsync();

        var description = (await DeleteAsync(created.BackupArn)).BackupDescription;

        description.BackupDetails.BackupStatus.ShouldBe(BackupStatus.DELETED);
        description.BackupDetails.BackupArn.ShouldBe(created.BackupArn);
        description.BackupDetails.BackupSizeBytes.ShouldBe(16);
        description.SourceTableDetails.TableId.ShouldBe(table.TableId);
        description.SourceTableDetails.ItemCount.ShouldBe(1);
        description.SourceTableFeatureDetails.ShouldNotBeNull();
    }

    [Test]
    public async Task DeleteBackup_Afterwards_DescribeDeleteAndRestoreSayNotFoundAndListDropsIt()
    {
        await CreateTableAsync();
        var arn = (await BackupAsync()).BackupArn;
        await DeleteAsync(arn);

        var message = $"Backup not found: {arn}";
        await ShouldFailAsync<BackupNotFoundException>(() => Client.DescribeBackupAsync(new DescribeBackupRequest { BackupArn = arn }), "BackupNotFoundException", message);
        await ShouldFailAsync<BackupNotFoundException>(() => DeleteAsync(arn), "BackupNotFoundException", message);
        await ShouldFailAsync<BackupNotFoundException>(() => RestoreAsync(arn), "BackupNotFoundException", message);
        (await ListAllAsync()).ShouldBeEmpty();
    }

    [Test]
    public async Task DeleteBackup_MalformedArn_ThrowsInvalidBackupArn()
    {
        await ShouldFailValidationAsync(() => DeleteAsync(Arn123 + "table/Music"), "Invalid Backup ARN");
    }

    [Test]
    public async Task DeleteBackup_NullArn_ThrowsValidation()
    {
        await ShouldFailValidationAsync(() => DeleteAsync(null),
            "1 validation error detected: Value null at 'backupArn' failed to satisfy constraint: Member must not be null");
    }

    [Test]
    public async Task DeleteBackup_SourceDeleted_StillDeletes()
    {
        await CreateTableAsync();
        var arn = (await BackupAsync()).BackupArn;
        await Client.DeleteTableAsync("Music");

        (await DeleteAsync(arn)).BackupDescription.BackupDetails.BackupStatus.ShouldBe(BackupStatus.DELETED);
    }
}

/// <summary>DeleteBackup while the backup is CREATING or feeding a restore in progress.</summary>
public class DeleteBackupInUseTests : BackupTestBase
{
    protected override void Configure(FakeDynamoDBOptions options)
    {
        options.BackupCreateDelay = TimeSpan.FromSeconds(30);
        options.RestoreDelay = TimeSpan.FromMinutes(5);
    }

    private Task<DeleteBackupResponse> DeleteAsync(string arn) => Client.DeleteBackupAsync(new DeleteBackupRequest { BackupArn = arn });

    [Test]
    public async Task DeleteBackup_StillCreating_ThrowsBackupInUse()
    {
        await CreateTableAsync();
        var arn = (await BackupAsync()).BackupArn;

        await ShouldFailAsync<BackupInUseException>(() => DeleteAsync(arn), "BackupInUseException", $"Backup is being created: {arn}");
        (await ListAllAsync()).ShouldHaveSingleItem();
        Clock.Advance(TimeSpan.FromSeconds(30));
        (await DeleteAsync(arn)).BackupDescription.BackupDetails.BackupStatus.ShouldBe(BackupStatus.DELETED);
    }

    [Test]
    public async Task DeleteBackup_FeedingARestoreInProgress_ThrowsBackupInUseUntilTheRestoreEnds()
    {
        await CreateTableAsync();
        var arn = (await BackupAsync()).BackupArn;
        Clock.Advance(TimeSpan.FromSeconds(30));
        await RestoreAsync(arn);

        await ShouldFailAsync<BackupInUseException>(() => DeleteAsync(arn), "BackupInUseException", $"Backup is being used to restore table: {arn}");
        Clock.Advance(TimeSpan.FromMinutes(5));
        (await DeleteAsync(arn)).BackupDescription.BackupDetails.BackupStatus.ShouldBe(BackupStatus.DELETED);
    }
}
