namespace FakeDynamo.Tests.Backups;

/// <summary>CreateBackup against the source table's lifecycle: CREATING, the backups-enabling window, DELETING.</summary>
public class CreateBackupTableStateTests : BackupTestBase
{
    private static readonly TimeSpan CreateDelay = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan EnablingWindow = TimeSpan.FromSeconds(6);

    protected override void Configure(FakeDynamoDBOptions options)
    {
        options.TableCreateDelay = CreateDelay;
        options.TableDeleteDelay = TimeSpan.FromSeconds(10);
        options.BackupsEnablingWindow = EnablingWindow;
    }

    [Test]
    public async Task CreateBackup_TableStillCreating_ThrowsTableNotFound()
    {
        await CreateTableAsync();

        await ShouldFailAsync<TableNotFoundException>(() => BackupAsync(), "TableNotFoundException", "Table not found: Music");
        (await ListAllAsync()).ShouldBeEmpty();
    }

    [Test]
    public async Task CreateBackup_WithinEnablingWindow_ThrowsContinuousBackupsUnavailable()
    {
        await CreateTableAsync();
        Clock.Advance(CreateDelay + EnablingWindow - TimeSpan.FromMilliseconds(1));

        await ShouldFailAsync<ContinuousBackupsUnavailableException>(
            () => BackupAsync(), "ContinuousBackupsUnavailableException", "Backups are being enabled for the table: Music. Please retry later");
        (await ListAllAsync()).ShouldBeEmpty();
    }

    [Test]
    public async Task CreateBackup_AfterEnablingWindow_Succeeds()
    {
        await CreateTableAsync();
        Clock.Advance(CreateDelay + EnablingWindow);

        (await BackupAsync()).BackupStatus.ShouldBe(BackupStatus.CREATING);
    }

    [Test]
    public async Task CreateBackup_WithinEnablingWindowByArn_EchoesTheArn()
    {
        await CreateTableAsync();
        Clock.Advance(CreateDelay);

        await ShouldFailAsync<ContinuousBackupsUnavailableException>(
            () => BackupAsync(Arn123 + "table/Music"), "ContinuousBackupsUnavailableException",
            $"Backups are being enabled for the table: {Arn123}table/Music. Please retry later");
    }

    [Test]
    public async Task CreateBackup_TableDeleting_ThrowsTableInUse()
    {
        await CreateTableAsync();
        Clock.Advance(CreateDelay + EnablingWindow);
        await Client.DeleteTableAsync("Music");

        await ShouldFailAsync<TableInUseException>(() => BackupAsync(), "TableInUseException", "Table is being deleted: Music");
        (await ListAllAsync()).ShouldBeEmpty();
    }

    [Test]
    public async Task CreateBackup_TableUpdating_IsAccepted()
    {
        // UPDATING sources are accepted (backup-api §4); UpdateTable is not implemented yet, so set the phase directly.
        await CreateTableAsync();
        Clock.Advance(CreateDelay + EnablingWindow);
        var account = Account;
        lock (account.Gate)
        {
            account.FindTable("Music", Clock.GetUtcNow())!.UpdateEndsAt = Clock.GetUtcNow().AddMinutes(1);
        }

        (await Client.DescribeTableAsync("Music")).Table.TableStatus.ShouldBe(TableStatus.UPDATING);
        (await BackupAsync()).BackupStatus.ShouldBe(BackupStatus.CREATING);
    }
}
