namespace FakeDynamo.Tests.ContinuousBackups;

/// <summary>RestoreTableToPointInTime content and lifecycle with the manual clock (backup-api §10).</summary>
public class PointInTimeRestoreTests : PitrTestBase
{
    protected override void Configure(FakeDynamoDBOptions options) => options.RestoreDelay = TimeSpan.FromMinutes(5);

    /// <summary>T1 = start + 1 min: a=v1, b=v1. T2 = start + 2 min: a=v2, c=v1, b deleted. Now = start + 30 min.</summary>
    private async Task<(DateTimeOffset T1, DateTimeOffset T2)> HistoryAsync()
    {
        await CreatePitrTableAsync();
        Clock.Advance(TimeSpan.FromSeconds(30));
        await PutTitleAsync("Music", "a", "1", "a-v1");
        await PutTitleAsync("Music", "b", "1", "b-v1");
        Clock.Advance(TimeSpan.FromSeconds(30));
        var t1 = Clock.GetUtcNow();
        Clock.Advance(TimeSpan.FromSeconds(30));
        await PutTitleAsync("Music", "a", "1", "a-v2");
        await PutTitleAsync("Music", "c", "1", "c-v1");
        await Client.DeleteItemAsync(new DeleteItemRequest { TableName = "Music", Key = Key("b", "1") });
        Clock.Advance(TimeSpan.FromSeconds(30));
        var t2 = Clock.GetUtcNow();
        Clock.Advance(TimeSpan.FromMinutes(28));
        await PutTitleAsync("Music", "d", "1", "d-now");
        return (t1, t2);
    }

    [Test]
    public async Task RestoreTableToPointInTime_T1AndT2_YieldExactlyTheTwoStates()
    {
        var (t1, t2) = await HistoryAsync();

        await RestoreToAsync(t1, "AtT1");
        await RestoreToAsync(t2, "AtT2");
        Clock.Advance(TimeSpan.FromMinutes(5));

        Content("AtT1").ShouldBe(["a/1=a-v1", "b/1=b-v1"]);
        Content("AtT2").ShouldBe(["a/1=a-v2", "c/1=c-v1"]);
        (await ReadTitleAsync("AtT1", "a", "1")).ShouldBe("a-v1");
        (await ReadTitleAsync("AtT2", "b", "1")).ShouldBeNull();
        Content("Music").ShouldBe(["a/1=a-v2", "c/1=c-v1", "d/1=d-now"]);
    }

    [Test]
    public async Task RestoreTableToPointInTime_ExactCommitInstant_IncludesWritesAtOrBeforeIt()
    {
        await CreatePitrTableAsync();
        Clock.Advance(TimeSpan.FromSeconds(10));
        await PutTitleAsync("Music", "a", "1", "first");
        var committed = Clock.GetUtcNow();
        Clock.Advance(TimeSpan.FromMilliseconds(1));
        await PutTitleAsync("Music", "a", "1", "second");
        Clock.Advance(TimeSpan.FromMinutes(10));

        await RestoreToAsync(committed, "AtCommit");
        await RestoreToAsync(committed.AddMilliseconds(-1), "JustBefore");
        Clock.Advance(TimeSpan.FromMinutes(5));

        Content("AtCommit").ShouldBe(["a/1=first"]);
        Content("JustBefore").ShouldBeEmpty();
    }

    [TestCase(4_000, "first")]
    [TestCase(9_000, "second")]
    public async Task RestoreTableToPointInTime_SubMillisecondTime_IsRoundedLikeTheSdk(long ticksAfterCommit, string expected)
    {
        await CreatePitrTableAsync();
        Clock.Advance(TimeSpan.FromSeconds(10));
        await PutTitleAsync("Music", "a", "1", "first");
        var committed = Clock.GetUtcNow();
        Clock.Advance(TimeSpan.FromMilliseconds(1));
        await PutTitleAsync("Music", "a", "1", "second");
        Clock.Advance(TimeSpan.FromMinutes(10));

        // The SDK's marshaller rounds to the nearest millisecond: 0.4 ms after the first commit is sent as the
        // commit's millisecond, 0.9 ms as the next one (when "second" was written).
        var restored = await RestoreToAsync(committed.AddTicks(ticksAfterCommit));
        Clock.Advance(TimeSpan.FromMinutes(5));

        var sentMilliseconds = committed.ToUnixTimeMilliseconds() + (ticksAfterCommit >= 5_000 ? 1 : 0);
        restored.RestoreSummary.RestoreDateTime.ShouldBe(DateTime.UnixEpoch.AddSeconds(sentMilliseconds / 1000.0));
        Content("Restored").ShouldBe(["a/1=" + expected]);
    }

    [Test]
    public async Task RestoreTableToPointInTime_Response_CreatingWithRestoreSummaryThenActive()
    {
        var (t1, _) = await HistoryAsync();

        var restored = await RestoreToAsync(t1);

        restored.TableStatus.ShouldBe(TableStatus.CREATING);
        restored.ItemCount.ShouldBe(0);
        restored.TableArn.ShouldBe(Arn123 + "table/Restored");
        restored.RestoreSummary.SourceTableArn.ShouldBe(Arn123 + "table/Music");
        restored.RestoreSummary.SourceBackupArn.ShouldBeNull();
        restored.RestoreSummary.RestoreDateTime.ShouldBe(t1.UtcDateTime);
        restored.RestoreSummary.RestoreInProgress.ShouldBe(true);
        (await Client.DescribeTableAsync("Restored")).Table.TableStatus.ShouldBe(TableStatus.CREATING);
        await ShouldFailAsync<ResourceNotFoundException>(() => Client.GetItemAsync(new GetItemRequest { TableName = "Restored", Key = Key("a", "1") }),
            "ResourceNotFoundException", "Requested resource not found");

        Clock.Advance(TimeSpan.FromMinutes(5));

        var table = (await Client.DescribeTableAsync("Restored")).Table;
        table.TableStatus.ShouldBe(TableStatus.ACTIVE);
        table.ItemCount.ShouldBe(2);
        table.RestoreSummary.RestoreInProgress.ShouldBe(false);
        table.RestoreSummary.RestoreDateTime.ShouldBe(t1.UtcDateTime);
    }

    [Test]
    public async Task RestoreTableToPointInTime_UseLatest_RestoresFiveMinutesAgo()
    {
        await CreatePitrTableAsync();
        Clock.Advance(TimeSpan.FromMinutes(10));
        await PutTitleAsync("Music", "old", "1", "ten minutes in");
        Clock.Advance(TimeSpan.FromMinutes(10));
        await PutTitleAsync("Music", "new", "1", "too recent");
        Clock.Advance(TimeSpan.FromMinutes(4));

        var restored = await RestoreLatestAsync();
        Clock.Advance(TimeSpan.FromMinutes(5));

        restored.RestoreSummary.RestoreDateTime.ShouldBe(Start.AddMinutes(19).UtcDateTime);
        Content("Restored").ShouldBe(["old/1=ten minutes in"]);
    }

    [Test]
    public async Task RestoreTableToPointInTime_UseLatestRightAfterEnable_RestoresTheEnableInstant()
    {
        await CreateTableAsync();
        await PutTitleAsync("Music", "a", "1", "before enable");
        Clock.Advance(TimeSpan.FromMilliseconds(1500));
        await SetPitrAsync("Music", true);
        await PutTitleAsync("Music", "b", "1", "after enable");

        var restored = await RestoreLatestAsync();
        Clock.Advance(TimeSpan.FromMinutes(5));

        // The window's ends are whole seconds: the enable time is start + 1 s.
        restored.RestoreSummary.RestoreDateTime.ShouldBe(Start.AddSeconds(1).UtcDateTime);
        Content("Restored").ShouldBe(["a/1=before enable"]);
    }

    [Test]
    public async Task RestoreTableToPointInTime_BySourceArn_Works()
    {
        var (t1, _) = await HistoryAsync();

        await Client.RestoreTableToPointInTimeAsync(new RestoreTableToPointInTimeRequest
        {
            SourceTableArn = Arn123 + "table/Music",
            TargetTableName = "Restored",
            RestoreDateTime = t1.UtcDateTime,
        });
        Clock.Advance(TimeSpan.FromMinutes(5));

        Content("Restored").ShouldBe(["a/1=a-v1", "b/1=b-v1"]);
    }

    [Test]
    public async Task RestoreTableToPointInTime_RestoredTable_IsIndependentOfItsSource()
    {
        var (t1, _) = await HistoryAsync();
        await RestoreToAsync(t1);
        Clock.Advance(TimeSpan.FromMinutes(5));

        await PutTitleAsync("Restored", "x", "1", "only in restored");
        await PutTitleAsync("Music", "y", "1", "only in source");

        Content("Restored").ShouldBe(["a/1=a-v1", "b/1=b-v1", "x/1=only in restored"]);
        (await ReadTitleAsync("Music", "x", "1")).ShouldBeNull();
        (await DescribePitrAsync("Restored")).PointInTimeRecoveryStatus.ShouldBe(PointInTimeRecoveryStatus.DISABLED);
    }

    [Test]
    public async Task RestoreTableToPointInTime_RestoredAfterRestoreWindowMoved_StillExact()
    {
        var (t1, t2) = await HistoryAsync();
        Clock.Advance(TimeSpan.FromDays(34));
        await PutTitleAsync("Music", "e", "1", "a month later");

        await RestoreToAsync(t1, "AtT1");
        await RestoreToAsync(t2, "AtT2");
        Clock.Advance(TimeSpan.FromMinutes(5));

        Content("AtT1").ShouldBe(["a/1=a-v1", "b/1=b-v1"]);
        Content("AtT2").ShouldBe(["a/1=a-v2", "c/1=c-v1"]);
    }
}
