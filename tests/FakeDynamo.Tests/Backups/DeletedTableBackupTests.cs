using FakeDynamo.Tests.ContinuousBackups;

namespace FakeDynamo.Tests.Backups;

/// <summary>DeleteTable of a table with PITR enabled leaves a SYSTEM backup (backup-api §4.1).</summary>
public class DeletedTableBackupTests : PitrTestBase
{
    private static readonly string SystemArn = Arn123 + $"table/Music/backup/{Start.AddMinutes(1).ToUnixTimeMilliseconds():D14}-00000000";

    private async Task DeletePitrTableAsync()
    {
        await CreatePitrTableAsync();
        await PutTitleAsync("Music", "a", "1", "last words");
        Clock.Advance(TimeSpan.FromMinutes(1));
        await Client.DeleteTableAsync("Music");
    }

    private Task<List<BackupSummary>> SystemBackupsAsync(string? table = null) =>
        ListAllAsync(new ListBackupsRequest { BackupType = BackupTypeFilter.SYSTEM, TableName = table });

    [Test]
    public async Task DeleteTable_PitrEnabled_CreatesAvailableSystemBackup()
    {
        await DeletePitrTableAsync();

        var summary = (await SystemBackupsAsync()).ShouldHaveSingleItem();
        summary.BackupArn.ShouldBe(SystemArn);
        summary.BackupName.ShouldBe("Music$DeletedTableBackup");
        summary.BackupType.ShouldBe(BackupType.SYSTEM);
        summary.BackupStatus.ShouldBe(BackupStatus.AVAILABLE);
        summary.BackupCreationDateTime.ShouldBe(Start.AddMinutes(1).UtcDateTime);
        summary.BackupExpiryDateTime.ShouldBe(Start.AddMinutes(1).AddDays(35).UtcDateTime);
        summary.TableName.ShouldBe("Music");
    }

    [Test]
    public async Task DeleteTable_PitrNeverEnabled_CreatesNoSystemBackup()
    {
        await CreateTableAsync();
        await Client.DeleteTableAsync("Music");

        (await ListAllAsync(new ListBackupsRequest { BackupType = BackupTypeFilter.ALL })).ShouldBeEmpty();
    }

    [Test]
    public async Task DeleteTable_PitrDisabledBeforeDelete_CreatesNoSystemBackup()
    {
        await CreatePitrTableAsync();
        await SetPitrAsync("Music", false);
        await Client.DeleteTableAsync("Music");

        (await ListAllAsync(new ListBackupsRequest { BackupType = BackupTypeFilter.ALL })).ShouldBeEmpty();
    }

    [Test]
    public async Task DeleteTable_FailedDelete_CreatesNoSystemBackup()
    {
        await CreatePitrTableAsync();
        await Client.UpdateTableAsync(new UpdateTableRequest { TableName = "Music", DeletionProtectionEnabled = true });

        await Should.ThrowAsync<AmazonDynamoDBException>(() => Client.DeleteTableAsync("Music"));

        (await SystemBackupsAsync()).ShouldBeEmpty();
    }

    [Test]
    public async Task ListBackups_SystemBackupOfDeletedTable_ListedOnlyForSystemAndAll()
    {
        await DeletePitrTableAsync();

        (await ListAllAsync()).ShouldBeEmpty();
        (await ListAllAsync(new ListBackupsRequest { BackupType = BackupTypeFilter.USER })).ShouldBeEmpty();
        (await ListAllAsync(new ListBackupsRequest { BackupType = BackupTypeFilter.AWS_BACKUP })).ShouldBeEmpty();
        (await ListAllAsync(new ListBackupsRequest { BackupType = BackupTypeFilter.ALL })).ShouldHaveSingleItem().BackupArn.ShouldBe(SystemArn);
        (await SystemBackupsAsync("Music")).ShouldHaveSingleItem();
    }

    [Test]
    public async Task DeleteBackup_SystemBackupOfDeletedTable_ThrowsValidationAndKeepsIt()
    {
        await DeletePitrTableAsync();

        await ShouldFailValidationAsync(() => Client.DeleteBackupAsync(new DeleteBackupRequest { BackupArn = SystemArn }),
            $"Invalid Request: User is not allowed to delete the system backup with arn {SystemArn}. It will automatically expire on 2026-04-05T12:01:00Z");
        (await SystemBackupsAsync()).ShouldHaveSingleItem();
    }

    [Test]
    public async Task RestoreTableFromBackup_SystemBackup_RecoversTheTableJustBeforeDeletion()
    {
        await DeletePitrTableAsync();

        var restored = await RestoreAsync(SystemArn, "Music");

        restored.RestoreSummary.SourceBackupArn.ShouldBe(SystemArn);
        restored.RestoreSummary.RestoreDateTime.ShouldBe(Start.AddMinutes(1).UtcDateTime);
        Content("Music").ShouldBe(["a/1=last words"]);
    }

    [Test]
    public async Task DescribeBackup_SystemBackup_GoneOnceExpired()
    {
        await DeletePitrTableAsync();
        Clock.Advance(TimeSpan.FromDays(35) - TimeSpan.FromMilliseconds(1));
        (await Client.DescribeBackupAsync(new DescribeBackupRequest { BackupArn = SystemArn })).BackupDescription.BackupDetails
            .BackupStatus.ShouldBe(BackupStatus.AVAILABLE);

        Clock.Advance(TimeSpan.FromMilliseconds(1));

        await ShouldFailAsync<BackupNotFoundException>(() => Client.DescribeBackupAsync(new DescribeBackupRequest { BackupArn = SystemArn }),
            "BackupNotFoundException", $"Backup not found: {SystemArn}");
        (await SystemBackupsAsync()).ShouldBeEmpty();
    }

    [Test]
    public async Task DeleteTable_SameNameTwiceInOneMillisecond_KeepsTheLaterSystemBackup()
    {
        await CreatePitrTableAsync();
        await PutTitleAsync("Music", "a", "1", "first incarnation");
        await Client.DeleteTableAsync("Music");
        await CreatePitrTableAsync();
        await PutTitleAsync("Music", "a", "1", "second incarnation");
        await Client.DeleteTableAsync("Music");

        var arn = (await SystemBackupsAsync()).ShouldHaveSingleItem().BackupArn;
        await RestoreAsync(arn, "Recovered");
        Content("Recovered").ShouldBe(["a/1=second incarnation"]);
    }
}
