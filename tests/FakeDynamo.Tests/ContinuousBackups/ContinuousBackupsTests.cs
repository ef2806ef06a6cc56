using FakeDynamo.Tests.Support;

namespace FakeDynamo.Tests.ContinuousBackups;

public class ContinuousBackupsTests : FakeDynamoTestBase
{
    private static readonly DateTime Start = new(2026, 3, 1, 12, 0, 0, DateTimeKind.Utc);

    private Task<UpdateContinuousBackupsResponse> SetPitrAsync(string table, bool enabled, int? days = null) =>
        Client.UpdateContinuousBackupsAsync(new UpdateContinuousBackupsRequest
        {
            TableName = table,
            PointInTimeRecoverySpecification = new PointInTimeRecoverySpecification { PointInTimeRecoveryEnabled = enabled, RecoveryPeriodInDays = days },
        });

    private async Task<PointInTimeRecoveryDescription> DescribePitrAsync(string table) =>
        (await Client.DescribeContinuousBackupsAsync(new DescribeContinuousBackupsRequest { TableName = table }))
        .ContinuousBackupsDescription.PointInTimeRecoveryDescription;

    [Test]
    public async Task DescribeContinuousBackups_NewTable_PitrDisabledWithNoTimes()
    {
        await CreateTableAsync();
        var response = await Client.DescribeContinuousBackupsAsync(new DescribeContinuousBackupsRequest { TableName = "Music" });
        response.ContinuousBackupsDescription.ContinuousBackupsStatus.ShouldBe(ContinuousBackupsStatus.ENABLED);
        var pitr = response.ContinuousBackupsDescription.PointInTimeRecoveryDescription;
        pitr.PointInTimeRecoveryStatus.ShouldBe(PointInTimeRecoveryStatus.DISABLED);
        pitr.RecoveryPeriodInDays.ShouldBeNull();
        pitr.EarliestRestorableDateTime.ShouldBeNull();
        pitr.LatestRestorableDateTime.ShouldBeNull();
    }

    [Test]
    public async Task UpdateContinuousBackups_Enable_BothTimesEqualEnableTimeInWholeSeconds()
    {
        await CreateTableAsync();
        Clock.Advance(TimeSpan.FromMilliseconds(1500));
        var response = await SetPitrAsync("Music", true);
        var pitr = response.ContinuousBackupsDescription.PointInTimeRecoveryDescription;
        pitr.PointInTimeRecoveryStatus.ShouldBe(PointInTimeRecoveryStatus.ENABLED);
        pitr.RecoveryPeriodInDays.ShouldBe(35);
        pitr.EarliestRestorableDateTime.ShouldBe(Start.AddSeconds(1));
        pitr.LatestRestorableDateTime.ShouldBe(Start.AddSeconds(1));
    }

    [Test]
    public async Task DescribeContinuousBackups_TimePasses_LatestTrailsByFiveMinutesAndEarliestStaysAtEnable()
    {
        await CreateTableAsync();
        await SetPitrAsync("Music", true);
        Clock.Advance(TimeSpan.FromMinutes(4));
        (await DescribePitrAsync("Music")).LatestRestorableDateTime.ShouldBe(Start);
        Clock.Advance(TimeSpan.FromMinutes(6));
        var pitr = await DescribePitrAsync("Music");
        pitr.LatestRestorableDateTime.ShouldBe(Start.AddMinutes(5));
        pitr.EarliestRestorableDateTime.ShouldBe(Start);
    }

    [Test]
    public async Task DescribeContinuousBackups_PastRecoveryPeriod_EarliestSlides()
    {
        await CreateTableAsync();
        await SetPitrAsync("Music", true, days: 2);
        Clock.Advance(TimeSpan.FromDays(3));
        var pitr = await DescribePitrAsync("Music");
        pitr.RecoveryPeriodInDays.ShouldBe(2);
        pitr.EarliestRestorableDateTime.ShouldBe(Start.AddDays(1));
        pitr.LatestRestorableDateTime.ShouldBe(Start.AddDays(3).AddMinutes(-5));
    }

    [Test]
    public async Task UpdateContinuousBackups_EnableTwice_KeepsEarliest()
    {
        await CreateTableAsync();
        await SetPitrAsync("Music", true);
        Clock.Advance(TimeSpan.FromHours(1));
        var pitr = (await SetPitrAsync("Music", true)).ContinuousBackupsDescription.PointInTimeRecoveryDescription;
        pitr.EarliestRestorableDateTime.ShouldBe(Start);
    }

    [Test]
    public async Task UpdateContinuousBackups_PeriodChangedWhileEnabled_AppliesInPlace()
    {
        await CreateTableAsync();
        await SetPitrAsync("Music", true);
        var pitr = (await SetPitrAsync("Music", true, days: 7)).ContinuousBackupsDescription.PointInTimeRecoveryDescription;
        pitr.RecoveryPeriodInDays.ShouldBe(7);
        pitr.EarliestRestorableDateTime.ShouldBe(Start);
    }

    [Test]
    public async Task UpdateContinuousBackups_DisableThenEnable_RestartsWindowAndForgetsPeriod()
    {
        await CreateTableAsync();
        await SetPitrAsync("Music", true, days: 7);
        Clock.Advance(TimeSpan.FromHours(1));
        var disabled = (await SetPitrAsync("Music", false)).ContinuousBackupsDescription.PointInTimeRecoveryDescription;
        disabled.PointInTimeRecoveryStatus.ShouldBe(PointInTimeRecoveryStatus.DISABLED);
        disabled.EarliestRestorableDateTime.ShouldBeNull();
        Clock.Advance(TimeSpan.FromHours(1));
        var pitr = (await SetPitrAsync("Music", true)).ContinuousBackupsDescription.PointInTimeRecoveryDescription;
        pitr.RecoveryPeriodInDays.ShouldBe(35);
        pitr.EarliestRestorableDateTime.ShouldBe(Start.AddHours(2));
    }

    [Test]
    public async Task UpdateContinuousBackups_DisableWhenDisabled_Succeeds()
    {
        await CreateTableAsync();
        var pitr = (await SetPitrAsync("Music", false)).ContinuousBackupsDescription.PointInTimeRecoveryDescription;
        pitr.PointInTimeRecoveryStatus.ShouldBe(PointInTimeRecoveryStatus.DISABLED);
    }

    [Test]
    public async Task UpdateContinuousBackups_TableArn_Works()
    {
        var table = await CreateTableAsync();
        var pitr = (await SetPitrAsync(table.TableArn, true)).ContinuousBackupsDescription.PointInTimeRecoveryDescription;
        pitr.PointInTimeRecoveryStatus.ShouldBe(PointInTimeRecoveryStatus.ENABLED);
        (await DescribePitrAsync("Music")).PointInTimeRecoveryStatus.ShouldBe(PointInTimeRecoveryStatus.ENABLED);
    }

    [Test]
    public async Task UpdateContinuousBackups_MissingTable_ThrowsTableNotFound()
    {
        await ShouldFailAsync<TableNotFoundException>(() => SetPitrAsync("Nope", true), "TableNotFoundException", "Table not found: Nope");
    }

    [Test]
    public async Task DescribeContinuousBackups_MissingTable_ThrowsTableNotFound()
    {
        await ShouldFailAsync<TableNotFoundException>(
            () => Client.DescribeContinuousBackupsAsync(new DescribeContinuousBackupsRequest { TableName = "Nope" }),
            "TableNotFoundException",
            "Table not found: Nope");
    }

    [TestCase(0, "greater than or equal to 1")]
    [TestCase(-1, "greater than or equal to 1")]
    [TestCase(36, "less than or equal to 35")]
    public async Task UpdateContinuousBackups_PeriodOutOfRange_ThrowsValidation(int days, string constraint)
    {
        await CreateTableAsync();
        await ShouldFailValidationAsync(
            () => SetPitrAsync("Music", true, days),
            $"1 validation error detected: Value '{days}' at 'pointInTimeRecoverySpecification.recoveryPeriodInDays' failed to satisfy constraint: Member must have value {constraint}");
    }

    [Test]
    public async Task UpdateContinuousBackups_DisableWithPeriod_ThrowsValidation()
    {
        await CreateTableAsync();
        await ShouldFailValidationAsync(
            () => SetPitrAsync("Music", false, 35),
            "Invalid Request: Cannot specify RecoveryPeriodInDays when disabling point-in-time recovery.");
    }

    [Test]
    public async Task UpdateContinuousBackups_EmptySpecification_ThrowsValidation()
    {
        await CreateTableAsync();
        await ShouldFailValidationAsync(
            () => Client.UpdateContinuousBackupsAsync(new UpdateContinuousBackupsRequest { TableName = "Music", PointInTimeRecoverySpecification = new() }),
            "1 validation error detected: Value null at 'pointInTimeRecoverySpecification.pointInTimeRecoveryEnabled' failed to satisfy constraint: Member must not be null");
    }

    [Test]
    public async Task UpdateContinuousBackups_MissingEverything_ReportsAllProblems()
    {
        await ShouldFailValidationAsync(
            () => Client.UpdateContinuousBackupsAsync(new UpdateContinuousBackupsRequest()),
            "2 validation errors detected: Value null at 'tableName' failed to satisfy constraint: Member must not be null; " +
            "Value null at 'pointInTimeRecoverySpecification' failed to satisfy constraint: Member must not be null");
    }
}

public class ContinuousBackupsLifecycleTests : FakeDynamoTestBase
{
    protected override void Configure(FakeDynamoDBOptions options)
    {
        options.TableCreateDelay = TimeSpan.FromSeconds(10);
        options.BackupsEnablingWindow = TimeSpan.FromSeconds(5);
    }

    [Test]
    public async Task UpdateContinuousBackups_TableCreating_ThrowsTableNotFound()
    {
        await CreateTableAsync();
        await ShouldFailAsync<TableNotFoundException>(
            () => Client.UpdateContinuousBackupsAsync(new UpdateContinuousBackupsRequest
            {
                TableName = "Music",
                PointInTimeRecoverySpecification = new PointInTimeRecoverySpecification { PointInTimeRecoveryEnabled = true },
            }),
            "TableNotFoundException",
            "Table not found: Music");
    }

    [Test]
    public async Task UpdateContinuousBackups_JustActive_ThrowsBackupsBeingEnabledThenSucceeds()
    {
        await CreateTableAsync();
        Clock.Advance(TimeSpan.FromSeconds(10));
        var request = new UpdateContinuousBackupsRequest
        {
            TableName = "Music",
            PointInTimeRecoverySpecification = new PointInTimeRecoverySpecification { PointInTimeRecoveryEnabled = true },
        };
        var described = await Client.DescribeContinuousBackupsAsync(new DescribeContinuousBackupsRequest { TableName = "Music" });
        described.ContinuousBackupsDescription.ContinuousBackupsStatus.ShouldBe(ContinuousBackupsStatus.DISABLED);
        await ShouldFailAsync<ContinuousBackupsUnavailableException>(
            () => Client.UpdateContinuousBackupsAsync(request),
            "ContinuousBackupsUnavailableException",
            "Backups are being enabled for the table: Music. Please retry later");

        Clock.Advance(TimeSpan.FromSeconds(5));
        var response = await Client.UpdateContinuousBackupsAsync(request);
        response.ContinuousBackupsDescription.ContinuousBackupsStatus.ShouldBe(ContinuousBackupsStatus.ENABLED);
        response.ContinuousBackupsDescription.PointInTimeRecoveryDescription.PointInTimeRecoveryStatus.ShouldBe(PointInTimeRecoveryStatus.ENABLED);
    }
}
