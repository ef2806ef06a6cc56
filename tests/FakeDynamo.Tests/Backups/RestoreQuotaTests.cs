namespace FakeDynamo.Tests.Backups;

/// <summary>Restores are table operations (10 at once by default) and restores (50 at once).</summary>
public abstract class RestoreQuotaTestBase : BackupTestBase
{
    protected override void Configure(FakeDynamoDBOptions options) => options.RestoreDelay = TimeSpan.FromMinutes(5);

    protected async Task<List<string>> BackupsAsync(int count)
    {
        await CreateTableAsync();
        var arns = new List<string>();
        for (var i = 0; i < count; i++)
        {
            arns.Add((await BackupAsync("Music", $"bk{i}")).BackupArn);
            Clock.Advance(TimeSpan.FromMilliseconds(50)); // stay under 50 CreateBackup calls per clock second
        }

        return arns;
    }
}

public class RestoreQuotaTests : RestoreQuotaTestBase
{

    [Test]
    public async Task RestoreTableFromBackup_11thSimultaneousTableOperation_ThrowsLimitExceeded()
    {
        var arns = await BackupsAsync(11);
        for (var i = 0; i < 10; i++)
        {
            await RestoreAsync(arns[i], $"Target{i}");
        }

        await ShouldFailAsync<LimitExceededException>(() => RestoreAsync(arns[10], "Target10"), "LimitExceededException",
            "Subscriber limit exceeded: Only 10 tables can be created, updated, or deleted simultaneously");
        (await Client.ListTablesAsync()).TableNames.Count.ShouldBe(11);

        Clock.Advance(TimeSpan.FromMinutes(5));
        (await RestoreAsync(arns[10], "Target10")).TableStatus.ShouldBe(TableStatus.CREATING);
    }
}

public class ConcurrentRestoreQuotaTests : RestoreQuotaTestBase
{
    protected override void Configure(FakeDynamoDBOptions options)
    {
        base.Configure(options);
        options.Quotas.MaxConcurrentTableOperations = 500;
    }

    [Test]
    public async Task RestoreTableFromBackup_51stSimultaneousRestore_ThrowsLimitExceeded()
    {
        var arns = await BackupsAsync(51);
        for (var i = 0; i < 50; i++)
        {
            await RestoreAsync(arns[i], $"Target{i}");
        }

        await ShouldFailAsync<LimitExceededException>(() => RestoreAsync(arns[50], "Target50"), "LimitExceededException",
            "Subscriber limit exceeded: Only 50 restore operations can be done simultaneously");
        (await Client.ListTablesAsync()).TableNames.ShouldNotContain("Target50");
    }
}
