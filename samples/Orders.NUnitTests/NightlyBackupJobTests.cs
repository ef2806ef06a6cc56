using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using FakeDynamo;
using Microsoft.Extensions.DependencyInjection;

namespace Orders.NUnitTests;

public class NightlyBackupJobTests : OrdersTestBase
{
    private NightlyBackupJob Job => Services.GetRequiredService<NightlyBackupJob>();

    [Test]
    public async Task Run_TenNights_KeepsTheNewestThreeFollowingListBackupsPages()
    {
        var made = new List<string>();
        for (var night = 0; night < 10; night++)
        {
            made.Add((await Job.RunAsync()).BackupArn);
            Clock.Advance(TimeSpan.FromDays(1));
        }

        // Page size 2 with 4 backups before each retention pass: the listing had to follow LastEvaluatedBackupArn.
        var kept = await Job.ListUserBackupsAsync();
        kept.Select(b => b.BackupArn).Order().ShouldBe(made.TakeLast(3).Order());
        kept.Select(b => b.BackupName).Order(StringComparer.Ordinal).ShouldBe(
            ["Orders-nightly-20260608-020000", "Orders-nightly-20260609-020000", "Orders-nightly-20260610-020000"]);
    }

    [Test]
    public async Task Run_FourthNight_DeletesTheOldest()
    {
        var first = await Job.RunAsync();
        for (var night = 1; night < 3; night++)
        {
            Clock.Advance(TimeSpan.FromDays(1));
            (await Job.RunAsync()).Deleted.ShouldBeEmpty();
        }

        Clock.Advance(TimeSpan.FromDays(1));
        var fourth = await Job.RunAsync();

        fourth.Deleted.ShouldBe([first.BackupArn]);
        await Should.ThrowAsync<BackupNotFoundException>(() => Dynamo.DescribeBackupAsync(new DescribeBackupRequest { BackupArn = first.BackupArn }));
    }

    [Test]
    public async Task Run_LimitExceededTwice_RetriesWithBackOffAndSucceeds()
    {
        Fake.Faults.FailNext("CreateBackup", "LimitExceededException", "Subscriber limit exceeded: Only 50 CreateBackup operations are allowed per second, per account", count: 2);
        var before = Clock.GetUtcNow();

        var result = await Job.RunAsync();

        (await Dynamo.DescribeBackupAsync(new DescribeBackupRequest { BackupArn = result.BackupArn })).BackupDescription.ShouldNotBeNull();
        (Clock.GetUtcNow() - before).ShouldBe(TimeSpan.FromSeconds(1 + 2));
    }

    [Test]
    public async Task Run_LimitExceededEveryTime_GivesUpAfterFiveTries()
    {
        Fake.Faults.FailNext("CreateBackup", "LimitExceededException", "Subscriber limit exceeded", count: 5);

        await Should.ThrowAsync<LimitExceededException>(() => Job.RunAsync());

        (await Job.ListUserBackupsAsync()).ShouldBeEmpty();
    }

    [Test]
    public async Task Run_ValidationError_IsNotRetried()
    {
        Fake.Faults.FailNext("CreateBackup", "ValidationException", "bad", count: 1);
        var before = Clock.GetUtcNow();

        var error = await Should.ThrowAsync<AmazonDynamoDBException>(() => Job.RunAsync());

        error.ErrorCode.ShouldBe("ValidationException");
        Clock.GetUtcNow().ShouldBe(before);
    }
}

public class NightlyBackupOnNewTableTests : OrdersTestBase
{
    protected override void ConfigureFake(FakeDynamoDBOptions options) => options.BackupsEnablingWindow = TimeSpan.FromSeconds(5);

    [Test]
    public async Task Run_RightAfterTableCreation_RetriesUntilBackupsAreEnabled()
    {
        // The real fake (no injected fault) answers ContinuousBackupsUnavailable for 5 s after the table turns ACTIVE.
        var result = await Services.GetRequiredService<NightlyBackupJob>().RunAsync();

        result.BackupArn.ShouldContain(":table/Orders/backup/");
        Clock.GetUtcNow().ShouldBe(new DateTimeOffset(2026, 6, 1, 2, 0, 7, TimeSpan.Zero)); // waited 1 s, 2 s, 4 s
    }
}
