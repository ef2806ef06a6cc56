namespace FakeDynamo.Tests.Backups;

/// <summary>Backups and restores keep references to immutable store versions instead of copying items.</summary>
public class BackupSharingTests : BackupTestBase
{
    [Test]
    public async Task CreateBackup_HoldsTheTablesCurrentVersion_NoCopy()
    {
        await CreateTableAsync();
        await PutTitleAsync("Music", "a", "1", "Hello");
        var arn = (await BackupAsync()).BackupArn;

        lock (Account.Gate)
        {
            var table = Account.FindTable("Music", Clock.GetUtcNow())!;
            var backup = Account.Backups.Find(arn, Clock.GetUtcNow())!;
            backup.Content.Resolve(Clock.GetUtcNow()).ShouldBeSameAs(table.Store.Current);
            backup.Schema.ShouldBeSameAs(table.Schema);
        }
    }

    [Test]
    public async Task RestoreTableFromBackup_StartsFromTheBackupsVersion_ThenDiverges()
    {
        await CreateTableAsync();
        await PutTitleAsync("Music", "a", "1", "Hello");
        var arn = (await BackupAsync()).BackupArn;
        await RestoreAsync(arn);

        var now = Clock.GetUtcNow();
        global::FakeDynamo.Storage.StoreState backupState;
        lock (Account.Gate)
        {
            backupState = Account.Backups.Find(arn, now)!.Content.Resolve(now);
            Account.FindTable("Restored", now)!.Store.Current.ShouldBeSameAs(backupState);
        }

        await PutTitleAsync("Restored", "b", "1", "new");

        lock (Account.Gate)
        {
            Account.FindTable("Restored", now)!.Store.Current.ShouldNotBeSameAs(backupState);
            backupState.Count.ShouldBe(1);
        }
    }
}
