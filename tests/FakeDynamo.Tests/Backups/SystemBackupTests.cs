using FakeDynamo.Backups;

namespace FakeDynamo.Tests.Backups;

/// <summary>
/// SYSTEM backups fit the catalogue (here one is added through the engine; DeletedTableBackupTests drives the real
/// path through DeleteTable): listed only for SYSTEM/ALL, not deletable, expiring after 35 days, restorable.
/// </summary>
public class SystemBackupTests : BackupTestBase
{
    private async Task<string> AddSystemBackupAsync()
    {
        await CreateTableAsync();
        await PutTitleAsync("Music", "a", "1", "kept");
        var account = Account;
        lock (account.Gate)
        {
            var backup = BackupBuilder.System(account, account.FindTable("Music", Clock.GetUtcNow())!, Clock.GetUtcNow());
            account.Backups.Add(backup);
            return backup.Arn;
        }
    }

    [Test]
    public async Task SystemBackup_Shape_NameSuffixTypeAndExpiry()
    {
        var arn = await AddSystemBackupAsync();

        var details = (await Client.DescribeBackupAsync(new DescribeBackupRequest { BackupArn = arn })).BackupDescription.BackupDetails;

        arn.ShouldEndWith("-00000000");
        details.BackupName.ShouldBe("Music$DeletedTableBackup");
        details.BackupType.ShouldBe(BackupType.SYSTEM);
        details.BackupStatus.ShouldBe(BackupStatus.AVAILABLE);
        details.BackupExpiryDateTime.ShouldBe(Start.AddDays(35).UtcDateTime);
    }

    [Test]
    public async Task ListBackups_SystemBackup_HiddenByDefaultShownForSystemAndAll()
    {
        var arn = await AddSystemBackupAsync();
        await BackupAsync();

        (await ListAllAsync()).Select(s => s.BackupType.Value).ShouldBe(["USER"]);
        (await ListAllAsync(new ListBackupsRequest { BackupType = BackupTypeFilter.SYSTEM })).ShouldHaveSingleItem().BackupArn.ShouldBe(arn);
        (await ListAllAsync(new ListBackupsRequest { BackupType = BackupTypeFilter.ALL })).Count.ShouldBe(2);
    }

    [Test]
    public async Task DeleteBackup_SystemBackup_ThrowsValidationWithExpiry()
    {
        var arn = await AddSystemBackupAsync();

        await ShouldFailValidationAsync(() => Client.DeleteBackupAsync(new DeleteBackupRequest { BackupArn = arn }),
            $"Invalid Request: User is not allowed to delete the system backup with arn {arn}. It will automatically expire on 2026-04-05T12:00:00Z");
        (await ListAllAsync(new ListBackupsRequest { BackupType = BackupTypeFilter.SYSTEM })).ShouldHaveSingleItem();
    }

    [Test]
    public async Task SystemBackup_After35Days_IsGone()
    {
        var arn = await AddSystemBackupAsync();
        Clock.Advance(TimeSpan.FromDays(35) - TimeSpan.FromMilliseconds(1));
        (await ListAllAsync(new ListBackupsRequest { BackupType = BackupTypeFilter.SYSTEM })).ShouldHaveSingleItem();

        Clock.Advance(TimeSpan.FromMilliseconds(1));

        (await ListAllAsync(new ListBackupsRequest { BackupType = BackupTypeFilter.SYSTEM })).ShouldBeEmpty();
        await ShouldFailAsync<BackupNotFoundException>(() => Client.DescribeBackupAsync(new DescribeBackupRequest { BackupArn = arn }),
            "BackupNotFoundException", $"Backup not found: {arn}");
    }

    [Test]
    public async Task RestoreTableFromBackup_SystemBackup_RestoresTheTable()
    {
        var arn = await AddSystemBackupAsync();

        await RestoreAsync(arn, "Recovered");

        (await ReadTitleAsync("Recovered", "a", "1")).ShouldBe("kept");
    }
}
