namespace FakeDynamo.Tests.Backups;

/// <summary>The seed's rule: up to 50 CreateBackup calls per second per account, measured on the fake's clock.</summary>
public class CreateBackupQuotaTests : BackupTestBase
{
    private const string LimitMessage = "Subscriber limit exceeded: Only 50 CreateBackup operations are allowed per second, per account";

    [Test]
    public async Task CreateBackup_51stCallWithinOneSecond_ThrowsLimitExceeded()
    {
        await CreateTableAsync();
        for (var i = 0; i < 50; i++)
        {
            await BackupAsync("Music", $"b{i:D3}");
            Clock.Advance(TimeSpan.FromMilliseconds(19)); // 50 calls spread over 950 ms of one clock second
        }

        await ShouldFailAsync<LimitExceededException>(() => BackupAsync("Music", "b050"), "LimitExceededException", LimitMessage);
        (await ListAllAsync()).Count.ShouldBe(50);
    }

    [Test]
    public async Task CreateBackup_AfterTheClockMovesASecond_SucceedsAgain()
    {
        await CreateTableAsync();
        for (var i = 0; i < 50; i++)
        {
            await BackupAsync("Music", $"b{i:D3}");
        }

        await ShouldFailAsync<LimitExceededException>(() => BackupAsync(), "LimitExceededException", LimitMessage);
        Clock.Advance(TimeSpan.FromSeconds(1));

        (await BackupAsync()).BackupStatus.ShouldBe(BackupStatus.CREATING);
        (await ListAllAsync()).Count.ShouldBe(51);
    }

    [Test]
    public async Task CreateBackup_FailedCalls_DoNotSpendTheRate()
    {
        await CreateTableAsync();
        for (var i = 0; i < 60; i++)
        {
            await ShouldFailAsync<TableNotFoundException>(() => BackupAsync("Missing", "nightly"), "TableNotFoundException", "Table not found: Missing");
        }

        for (var i = 0; i < 50; i++)
        {
            await BackupAsync("Music", $"b{i:D3}");
        }

        (await ListAllAsync()).Count.ShouldBe(50);
    }

    [Test]
    public async Task CreateBackup_SpreadOverTwoSeconds_AllSucceed()
    {
        await CreateTableAsync();
        for (var i = 0; i < 100; i++)
        {
            await BackupAsync("Music", $"b{i:D3}");
            Clock.Advance(TimeSpan.FromMilliseconds(20)); // 50 per clock second
        }

        (await ListAllAsync()).Count.ShouldBe(100);
    }
}

/// <summary>The CreateBackup rate quota is an option: null turns it off, another number changes it.</summary>
public class CreateBackupQuotaOptionTests : BackupTestBase
{
    protected override void Configure(FakeDynamoDBOptions options) => options.Quotas.CreateBackupCallsPerSecond = 2;

    [Test]
    public async Task CreateBackup_CustomLimit_AppliesItsNumber()
    {
        await CreateTableAsync();
        await BackupAsync();
        await BackupAsync();

        await ShouldFailAsync<LimitExceededException>(() => BackupAsync(), "LimitExceededException",
            "Subscriber limit exceeded: Only 2 CreateBackup operations are allowed per second, per account");
    }
}

public class CreateBackupQuotaOffTests : BackupTestBase
{
    protected override void Configure(FakeDynamoDBOptions options) => options.Quotas.CreateBackupCallsPerSecond = null;

    [Test]
    public async Task CreateBackup_QuotaOff_AcceptsAnyRate()
    {
        await CreateTableAsync();
        for (var i = 0; i < 60; i++)
        {
            await BackupAsync();
        }

        (await ListAllAsync()).Count.ShouldBe(60);
    }
}
