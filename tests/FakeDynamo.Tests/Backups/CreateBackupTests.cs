using Amazon.DynamoDBv2.Model;

namespace FakeDynamo.Tests.Backups;

public class CreateBackupTests : BackupTestBase
{
    protected override void Configure(FakeDynamoDBOptions options) => options.BackupCreateDelay = TimeSpan.FromSeconds(30);

    [Test]
    public async Task CreateBackup_ActiveTable_ReturnsCreatingUserBackupWithArnOfRequestTime()
    {
        await CreateTableAsync();
        await PutTitleAsync("Music", "a", "1", "Hello");
        Clock.Advance(TimeSpan.FromMilliseconds(123));

        var details = await BackupAsync();

        details.BackupName.ShouldBe("nightly");
        details.BackupStatus.ShouldBe(BackupStatus.CREATING);
        details.BackupType.ShouldBe(BackupType.USER);
        details.BackupExpiryDateTime.ShouldBeNull();
        var ms = Start.AddMilliseconds(123).ToUnixTimeMilliseconds();
        details.BackupArn.ShouldMatch($"^arn:aws:dynamodb:us-east-1:123456789012:table/Music/backup/0{ms}-[0-9a-f]{{8}}$");
        details.BackupCreationDateTime.ShouldBe(DateTime.UnixEpoch.AddSeconds(ms / 1000.0));
        details.BackupCreationDateTime!.Value.Kind.ShouldBe(DateTimeKind.Utc);
    }

    [Test]
    public async Task CreateBackup_SizeBytes_IsTheItemsSizeByDynamoDbRules()
    {
        await CreateTableAsync();
        await PutTitleAsync("Music", "a", "1", "Hello"); // pk(2+1) + sk(2+1) + title(5+5) = 16 bytes
        await PutTitleAsync("Music", "b", "2", "Hi");     // 3 + 3 + 7 = 13 bytes

        var details = await BackupAsync();

        details.BackupSizeBytes.ShouldBe(29);
    }

    [Test]
    public async Task CreateBackup_StatusAfterDelay_TurnsAvailable()
    {
        await CreateTableAsync();
        var details = await BackupAsync();
        var describe = () => Client.DescribeBackupAsync(new DescribeBackupRequest { BackupArn = details.BackupArn });

        Clock.Advance(TimeSpan.FromSeconds(29.999));
        (await describe()).BackupDescription.BackupDetails.BackupStatus.ShouldBe(BackupStatus.CREATING);
        Clock.Advance(TimeSpan.FromMilliseconds(1));
        (await describe()).BackupDescription.BackupDetails.BackupStatus.ShouldBe(BackupStatus.AVAILABLE);
    }

    [Test]
    public async Task CreateBackup_SameMillisecondTwice_GivesDistinctArns()
    {
        await CreateTableAsync();

        var first = await BackupAsync();
        var second = await BackupAsync();

        second.BackupArn.ShouldNotBe(first.BackupArn);
        second.BackupArn[..^8].ShouldBe(first.BackupArn[..^8]);
        (await ListAllAsync()).Count.ShouldBe(2);
    }

    [Test]
    public async Task CreateBackup_TableNameAsArn_BacksUpThatTable()
    {
        await CreateTableAsync();

        var details = await BackupAsync(Arn123 + "table/Music");

        details.BackupArn.ShouldStartWith(Arn123 + "table/Music/backup/");
    }

    [Test]
    public async Task CreateBackup_MissingTable_ThrowsTableNotFound()
    {
        await ShouldFailAsync<TableNotFoundException>(() => BackupAsync("Nope"), "TableNotFoundException", "Table not found: Nope");
    }

    [Test]
    public async Task CreateBackup_MissingTableByArn_EchoesTheArn()
    {
        await ShouldFailAsync<TableNotFoundException>(
            () => BackupAsync(Arn123 + "table/Nope"), "TableNotFoundException", $"Table not found: {Arn123}table/Nope");
    }

    [Test]
    public async Task CreateBackup_ContentIsTheTableAtTheRequest_LaterWritesNotIncluded()
    {
        await CreateTableAsync();
        await PutTitleAsync("Music", "a", "1", "before");
        var details = await BackupAsync();
        await PutTitleAsync("Music", "a", "1", "after");
        await PutTitleAsync("Music", "b", "1", "new");
        await Client.DeleteItemAsync("Music", Key("a", "1"));
        Clock.Advance(TimeSpan.FromSeconds(30));

        await RestoreAsync(details.BackupArn);

        (await ReadTitleAsync("Restored", "a", "1")).ShouldBe("before");
        (await ReadTitleAsync("Restored", "b", "1")).ShouldBeNull();
    }
}
