namespace FakeDynamo.Tests.ContinuousBackups;

/// <summary>
/// History retention: a table keeps only the changes its PITR window needs, so a long-running test does not grow
/// memory without bound, and a restore to the earliest restorable time is still exact.
/// </summary>
public class HistoryRetentionTests : PitrTestBase
{
    private const int Keys = 50;

    protected override void Configure(FakeDynamoDBOptions options) => options.RestoreDelay = TimeSpan.Zero;

    /// <summary>One write a minute for <paramref name="minutes"/>; returns (time, key, title) of every write.</summary>
    private async Task<List<(DateTimeOffset At, string Key, string Title)>> WriteEveryMinuteAsync(int minutes, int offset = 0)
    {
        var writes = new List<(DateTimeOffset, string, string)>();
        for (var i = offset; i < offset + minutes; i++)
        {
            Clock.Advance(TimeSpan.FromMinutes(1));
            var key = $"k{i % Keys:D2}";
            var title = $"v{i}";
            await PutTitleAsync("Music", key, "1", title);
            writes.Add((Clock.GetUtcNow(), key, title));
        }

        return writes;
    }

    private static List<string> StateAt(IEnumerable<(DateTimeOffset At, string Key, string Title)> writes, DateTimeOffset at) =>
        writes.Where(w => w.At <= at)
            .GroupBy(w => w.Key)
            .Select(g => $"{g.Key}/1={g.Last().Title}")
            .Order(StringComparer.Ordinal)
            .ToList();

    [Test]
    public async Task PitrEnabled_WritesOverDays_ChangeCountBoundedByTheWindow()
    {
        await CreatePitrTableAsync();
        await SetPitrAsync("Music", true, days: 1);

        var writes = await WriteEveryMinuteAsync(5 * 24 * 60);

        // The one-day window holds 1,440 writes; trimming runs every TrimInterval changes.
        ChangeCount().ShouldBeLessThanOrEqualTo(24 * 60 + Engine.Account.TrimInterval);
        var earliest = (await DescribePitrAsync()).EarliestRestorableDateTime!.Value;
        earliest.ShouldBe(Clock.GetUtcNow().AddDays(-1).UtcDateTime);

        await RestoreToAsync(new DateTimeOffset(earliest, TimeSpan.Zero), "AtEarliest");
        await RestoreToAsync(new DateTimeOffset(earliest, TimeSpan.Zero).AddMinutes(90).AddSeconds(30), "Later");

        Content("AtEarliest").ShouldBe(StateAt(writes, new DateTimeOffset(earliest, TimeSpan.Zero)));
        Content("Later").ShouldBe(StateAt(writes, new DateTimeOffset(earliest, TimeSpan.Zero).AddMinutes(90).AddSeconds(30)));
        Content("AtEarliest").ShouldNotBe(Content("Later"));
    }

    [Test]
    public async Task PitrDisabled_ManyWrites_HistoryStaysBelowOneTrimInterval()
    {
        await CreateTableAsync();

        await WriteEveryMinuteAsync(3 * Engine.Account.TrimInterval);

        ChangeCount().ShouldBeLessThan(Engine.Account.TrimInterval);
        Content("Music").Count.ShouldBe(Keys);
    }

    [Test]
    public async Task UpdateContinuousBackups_Disable_ForgetsTheHistory()
    {
        await CreatePitrTableAsync();
        await WriteEveryMinuteAsync(100);
        ChangeCount().ShouldBe(100);

        await SetPitrAsync("Music", false);

        ChangeCount().ShouldBe(0);
        Content("Music").Count.ShouldBe(Keys);
    }

    [Test]
    public async Task UpdateContinuousBackups_DisableThenEnable_RestoresFromTheNewStartOnly()
    {
        await CreatePitrTableAsync();
        await PutTitleAsync("Music", "a", "1", "while enabled");
        Clock.Advance(TimeSpan.FromMinutes(1));
        await SetPitrAsync("Music", false);
        await PutTitleAsync("Music", "b", "1", "while disabled");
        Clock.Advance(TimeSpan.FromMilliseconds(1500));
        await SetPitrAsync("Music", true);
        await PutTitleAsync("Music", "c", "1", "after re-enable");
        var enabledAt = Start.AddMinutes(1).AddSeconds(1);
        Clock.Advance(TimeSpan.FromMinutes(10));

        await ShouldFailAsync<InvalidRestoreTimeException>(() => RestoreToAsync(Start.AddSeconds(30)), "InvalidRestoreTimeException",
            "RestoreDateTime '2026-03-01T12:00:30Z' must be within EarliestRestorableDateTime '2026-03-01T12:01:01Z' and LatestRestorableDateTime '2026-03-01T12:06:01Z'");
        await RestoreToAsync(enabledAt);

        Content("Restored").ShouldBe(["a/1=while enabled", "b/1=while disabled"]);
    }

    [Test]
    public async Task UpdateContinuousBackups_PeriodLengthened_WindowRefillsInsteadOfJumpingBack()
    {
        await CreatePitrTableAsync();
        await SetPitrAsync("Music", true, days: 1);
        var writes = await WriteEveryMinuteAsync(3 * 24 * 60);
        var lengthenedAt = Clock.GetUtcNow();

        var pitr = (await SetPitrAsync("Music", true, days: 35)).ContinuousBackupsDescription.PointInTimeRecoveryDescription;

        pitr.RecoveryPeriodInDays.ShouldBe(35);
        pitr.EarliestRestorableDateTime.ShouldBe(lengthenedAt.AddDays(-1).UtcDateTime);
        await RestoreToAsync(lengthenedAt.AddDays(-1), "AtEarliest");
        Content("AtEarliest").ShouldBe(StateAt(writes, lengthenedAt.AddDays(-1)));

        // A day later Earliest has not moved: the window is refilling towards 35 days.
        Clock.Advance(TimeSpan.FromDays(1));
        (await DescribePitrAsync()).EarliestRestorableDateTime.ShouldBe(lengthenedAt.AddDays(-1).UtcDateTime);
    }

    [Test]
    public async Task UpdateContinuousBackups_PeriodShortened_EarliestMovesAtOnce()
    {
        await CreatePitrTableAsync();
        Clock.Advance(TimeSpan.FromDays(3));

        var pitr = (await SetPitrAsync("Music", true, days: 1)).ContinuousBackupsDescription.PointInTimeRecoveryDescription;

        pitr.EarliestRestorableDateTime.ShouldBe(Start.AddDays(2).UtcDateTime);
    }
}

/// <summary>In backup uncertainty mode a backup whose content is not fixed yet keeps the history it still needs.</summary>
public class UncertainHistoryRetentionTests : PitrTestBase
{
    protected override void Configure(FakeDynamoDBOptions options) => options.BackupUncertaintyWindow = true;

    private async Task WriteAsync(int count, TimeSpan step)
    {
        for (var i = 0; i < count; i++)
        {
            Clock.Advance(step);
            await PutTitleAsync("Music", $"k{i % 300:D3}", "1", $"v{i}");
        }
    }

    [Test]
    public async Task PendingUncertainBackup_PinsHistoryUntilItsWindowCloses()
    {
        await CreateTableAsync();
        await WriteAsync(500, TimeSpan.FromSeconds(1));
        var arn = (await BackupAsync()).BackupArn;

        // 2,000 changes within the minute after the marker: trimming must keep them for the backup.
        await WriteAsync(2000, TimeSpan.FromMilliseconds(25));
        ChangeCount().ShouldBeGreaterThanOrEqualTo(2000);
        var size = (await Client.DescribeBackupAsync(new DescribeBackupRequest { BackupArn = arn })).BackupDescription.BackupDetails.BackupSizeBytes;

        // Past marker + 1 min the next trim fixes the content and lets the history go.
        Clock.Advance(TimeSpan.FromMinutes(2));
        await WriteAsync(Engine.Account.TrimInterval, TimeSpan.FromMilliseconds(1));
        ChangeCount().ShouldBeLessThan(Engine.Account.TrimInterval + 100);

        (await Client.DescribeBackupAsync(new DescribeBackupRequest { BackupArn = arn })).BackupDescription.BackupDetails.BackupSizeBytes.ShouldBe(size);
    }
}
