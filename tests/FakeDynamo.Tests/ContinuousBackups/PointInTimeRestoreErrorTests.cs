namespace FakeDynamo.Tests.ContinuousBackups;

/// <summary>RestoreTableToPointInTime errors, exact texts and precedence (backup-api §2.2, §10); a failed call creates no table.</summary>
public class PointInTimeRestoreErrorTests : PitrTestBase
{
    private const string MusicArn = Arn123 + "table/Music";

    protected override void Configure(FakeDynamoDBOptions options) => options.RestoreDelay = TimeSpan.FromMinutes(5);

    private Task<RestoreTableToPointInTimeResponse> RestoreAsync(RestoreTableToPointInTimeRequest request) =>
        Client.RestoreTableToPointInTimeAsync(request);

    private async Task ShouldCreateNoTableAsync(params string[] expected) => (await TableNamesAsync()).ShouldBe(expected);

    [Test]
    public async Task RestoreTableToPointInTime_BothTimeFlags_ThrowsValidation()
    {
        await CreatePitrTableAsync();
        await ShouldFailValidationAsync(
            () => RestoreAsync(new() { SourceTableName = "Music", TargetTableName = "Restored", UseLatestRestorableTime = true, RestoreDateTime = Start.UtcDateTime }),
            "Invalid Request: Both RestoreDateTime and UseLatestRestorableTime cannot be set for point-in-time restore request. Please specify only one of them.");
        await ShouldCreateNoTableAsync("Music");
    }

    [TestCase(null)]
    [TestCase(false)]
    public async Task RestoreTableToPointInTime_NoTimeFlag_ThrowsValidation(bool? useLatest)
    {
        await CreatePitrTableAsync();
        await ShouldFailValidationAsync(
            () => RestoreAsync(new() { SourceTableName = "Music", TargetTableName = "Restored", UseLatestRestorableTime = useLatest }),
            "Invalid Request: Either one of RestoreDateTime or UseLatestRestorableTime must be specified, but not both");
        await ShouldCreateNoTableAsync("Music");
    }

    [Test]
    public async Task RestoreTableToPointInTime_BothSources_ThrowsValidation()
    {
        await CreatePitrTableAsync();
        await ShouldFailValidationAsync(
            () => RestoreAsync(new() { SourceTableName = "Music", SourceTableArn = MusicArn, TargetTableName = "Restored", UseLatestRestorableTime = true }),
            "Must provide exactly one of: sourceTableArn, sourceTableName");
    }

    [Test]
    public async Task RestoreTableToPointInTime_NoSource_ThrowsValidation()
    {
        await ShouldFailValidationAsync(
            () => RestoreAsync(new() { TargetTableName = "Restored", UseLatestRestorableTime = true }),
            "The parameter 'TableName' is required but was not present in the request");
    }

    [Test]
    public async Task RestoreTableToPointInTime_MalformedSourceArn_ThrowsValidation()
    {
        await CreatePitrTableAsync();
        await ShouldFailValidationAsync(
            () => RestoreAsync(new() { SourceTableArn = "Music", TargetTableName = "Restored", UseLatestRestorableTime = true }),
            "sourceTableArn is not a valid ARN");
    }

    [Test]
    public async Task RestoreTableToPointInTime_SourceArnOfAnotherAccount_ThrowsValidation()
    {
        await CreatePitrTableAsync();
        await ShouldFailValidationAsync(
            () => RestoreAsync(new() { SourceTableArn = "arn:aws:dynamodb:us-east-1:210987654321:table/Music", TargetTableName = "Restored", UseLatestRestorableTime = true }),
            "This action is only supported by accounts that match the resource owner\u2019s account.");
        await ShouldCreateNoTableAsync("Music");
    }

    [Test]
    public async Task RestoreTableToPointInTime_BadTargetNameAndOverride_ReportedTogetherBeforeFlags()
    {
        await ShouldFailValidationAsync(
            () => RestoreAsync(new() { SourceTableName = "Music", TargetTableName = "ab", BillingModeOverride = "BOGUS" }),
            "2 validation errors detected: Value 'ab' at 'targetTableName' failed to satisfy constraint: Member must have length greater than or equal to 3; " +
            "Value 'BOGUS' at 'billingModeOverride' failed to satisfy constraint: Member must satisfy enum value set: [PROVISIONED, PAY_PER_REQUEST]");
    }

    [Test]
    public async Task RestoreTableToPointInTime_MissingSourceByName_ThrowsTableNotFound()
    {
        await ShouldFailAsync<TableNotFoundException>(
            () => RestoreAsync(new() { SourceTableName = "Nope", TargetTableName = "Restored", UseLatestRestorableTime = true }),
            "TableNotFoundException", "Table not found: Nope");
        await ShouldCreateNoTableAsync();
    }

    [Test]
    public async Task RestoreTableToPointInTime_MissingSourceByArn_ThrowsBareTableNotFound()
    {
        await ShouldFailAsync<TableNotFoundException>(
            () => RestoreAsync(new() { SourceTableArn = Arn123 + "table/Nope", TargetTableName = "Restored", UseLatestRestorableTime = true }),
            "TableNotFoundException", "Table not found");
    }

    [Test]
    public async Task RestoreTableToPointInTime_SourceArnOfAnotherRegion_ThrowsBareTableNotFound()
    {
        await CreatePitrTableAsync();
        await ShouldFailAsync<TableNotFoundException>(
            () => RestoreAsync(new() { SourceTableArn = "arn:aws:dynamodb:eu-west-1:123456789012:table/Music", TargetTableName = "Restored", UseLatestRestorableTime = true }),
            "TableNotFoundException", "Table not found");
    }

    [Test]
    public async Task RestoreTableToPointInTime_MissingSourceAndExistingTarget_SourceWins()
    {
        await CreateTableAsync("Restored");
        await ShouldFailAsync<TableNotFoundException>(
            () => RestoreAsync(new() { SourceTableName = "Nope", TargetTableName = "Restored", UseLatestRestorableTime = true }),
            "TableNotFoundException", "Table not found: Nope");
    }

    [Test]
    public async Task RestoreTableToPointInTime_SourceDeleting_ThrowsTableNotFound()
    {
        await CreatePitrTableAsync();
        await Client.DeleteTableAsync("Music");
        await ShouldFailAsync<TableNotFoundException>(
            () => RestoreAsync(new() { SourceTableName = "Music", TargetTableName = "Restored", UseLatestRestorableTime = true }),
            "TableNotFoundException", "Table not found: Music");
    }

    [Test]
    public async Task RestoreTableToPointInTime_SourceIsRestoreInProgress_ThrowsTableNotFound()
    {
        await CreatePitrTableAsync();
        await RestoreLatestAsync("Copy");
        await ShouldFailAsync<TableNotFoundException>(
            () => RestoreAsync(new() { SourceTableName = "Copy", TargetTableName = "Restored", UseLatestRestorableTime = true }),
            "TableNotFoundException", "Table not found: Copy");
    }

    [Test]
    public async Task RestoreTableToPointInTime_PitrDisabled_ThrowsPointInTimeRecoveryUnavailable()
    {
        await CreateTableAsync();
        await CreateTableAsync("Restored");
        await ShouldFailAsync<PointInTimeRecoveryUnavailableException>(
            () => RestoreAsync(new() { SourceTableArn = MusicArn, TargetTableName = "Restored", RestoreDateTime = new DateTime(1990, 1, 1, 0, 0, 0, DateTimeKind.Utc) }),
            "PointInTimeRecoveryUnavailableException", "Point in time recovery is not enabled for table 'Music'");
    }

    [Test]
    public async Task RestoreTableToPointInTime_PitrDisabledAgain_ThrowsPointInTimeRecoveryUnavailable()
    {
        await CreatePitrTableAsync();
        Clock.Advance(TimeSpan.FromMinutes(10));
        await SetPitrAsync("Music", false);
        await ShouldFailAsync<PointInTimeRecoveryUnavailableException>(
            () => RestoreLatestAsync(),
            "PointInTimeRecoveryUnavailableException", "Point in time recovery is not enabled for table 'Music'");
        await ShouldCreateNoTableAsync("Music");
    }

    [Test]
    public async Task RestoreTableToPointInTime_BeforeEarliest_ThrowsInvalidRestoreTime()
    {
        await CreatePitrTableAsync();
        Clock.Advance(TimeSpan.FromMinutes(10));
        await ShouldFailAsync<InvalidRestoreTimeException>(
            () => RestoreToAsync(Start.AddSeconds(-1)),
            "InvalidRestoreTimeException",
            "RestoreDateTime '2026-03-01T11:59:59Z' must be within EarliestRestorableDateTime '2026-03-01T12:00:00Z' and LatestRestorableDateTime '2026-03-01T12:05:00Z'");
        await ShouldCreateNoTableAsync("Music");
    }

    [Test]
    public async Task RestoreTableToPointInTime_AfterLatest_ThrowsInvalidRestoreTime()
    {
        await CreatePitrTableAsync();
        Clock.Advance(TimeSpan.FromMinutes(10));
        await ShouldFailAsync<InvalidRestoreTimeException>(
            () => RestoreToAsync(Start.AddMinutes(5).AddMilliseconds(1)),
            "InvalidRestoreTimeException",
            "RestoreDateTime '2026-03-01T12:05:00Z' must be within EarliestRestorableDateTime '2026-03-01T12:00:00Z' and LatestRestorableDateTime '2026-03-01T12:05:00Z'");
        await ShouldFailAsync<InvalidRestoreTimeException>(
            () => RestoreToAsync(Start.AddDays(1)),
            "InvalidRestoreTimeException",
            "RestoreDateTime '2026-03-02T12:00:00Z' must be within EarliestRestorableDateTime '2026-03-01T12:00:00Z' and LatestRestorableDateTime '2026-03-01T12:05:00Z'");
        (await RestoreToAsync(Start.AddMinutes(5))).TableStatus.ShouldBe(TableStatus.CREATING);
    }

    [Test]
    public async Task RestoreTableToPointInTime_OlderThanRecoveryPeriod_ThrowsInvalidRestoreTime()
    {
        await CreatePitrTableAsync();
        await SetPitrAsync("Music", true, days: 1);
        Clock.Advance(TimeSpan.FromDays(2));
        await ShouldFailAsync<InvalidRestoreTimeException>(
            () => RestoreToAsync(Start.AddHours(12)),
            "InvalidRestoreTimeException",
            "RestoreDateTime '2026-03-02T00:00:00Z' must be within EarliestRestorableDateTime '2026-03-02T12:00:00Z' and LatestRestorableDateTime '2026-03-03T11:55:00Z'");
    }

    [Test]
    public async Task RestoreTableToPointInTime_TimeOutsideAndTargetExists_TimeWins()
    {
        await CreatePitrTableAsync();
        await ShouldFailAsync<InvalidRestoreTimeException>(
            () => RestoreToAsync(Start.AddDays(-1), target: "Music"),
            "InvalidRestoreTimeException",
            "RestoreDateTime '2026-02-28T12:00:00Z' must be within EarliestRestorableDateTime '2026-03-01T12:00:00Z' and LatestRestorableDateTime '2026-03-01T12:00:00Z'");
    }

    [Test]
    public async Task RestoreTableToPointInTime_TargetExists_ThrowsTableAlreadyExists()
    {
        await CreatePitrTableAsync();
        await CreateTableAsync("Restored");
        await PutTitleAsync("Restored", "a", "1", "untouched");
        await ShouldFailAsync<TableAlreadyExistsException>(() => RestoreLatestAsync(), "TableAlreadyExistsException", "Table already exists: Restored");
        Content("Restored").ShouldBe(["a/1=untouched"]);
    }

    [Test]
    public async Task RestoreTableToPointInTime_TargetIsSource_ThrowsTableAlreadyExists()
    {
        await CreatePitrTableAsync();
        await ShouldFailAsync<TableAlreadyExistsException>(() => RestoreLatestAsync("Music"), "TableAlreadyExistsException", "Table already exists: Music");
    }

    [Test]
    public async Task RestoreTableToPointInTime_TargetBeingRestored_ThrowsTableInUse()
    {
        await CreatePitrTableAsync();
        await RestoreLatestAsync();
        await ShouldFailAsync<TableInUseException>(() => RestoreLatestAsync(), "TableInUseException",
            $"Table: Restored is already being restored from backup: {MusicArn}");
        Clock.Advance(TimeSpan.FromMinutes(5));
        await ShouldFailAsync<TableAlreadyExistsException>(() => RestoreLatestAsync(), "TableAlreadyExistsException", "Table already exists: Restored");
    }

    [Test]
    public async Task RestoreTableToPointInTime_BadOverride_ThrowsOverrideErrorAndCreatesNothing()
    {
        await CreatePitrTableAsync();
        await ShouldFailValidationAsync(
            () => RestoreAsync(new() { SourceTableName = "Music", TargetTableName = "Restored", UseLatestRestorableTime = true, BillingModeOverride = BillingMode.PROVISIONED }),
            "Invalid Request: Must override ProvisionedThroughput if BillingMode is overridden to PROVISIONED");
        await ShouldCreateNoTableAsync("Music");
    }
}

/// <summary>Point-in-time restores count against the same quotas as restores from backups (backup-api §12).</summary>
public class PointInTimeRestoreQuotaTests : PitrTestBase
{
    protected override void Configure(FakeDynamoDBOptions options)
    {
        options.RestoreDelay = TimeSpan.FromMinutes(5);
        options.Quotas.MaxConcurrentRestores = 2;
    }

    [Test]
    public async Task RestoreTableToPointInTime_TooManyRestores_ThrowsLimitExceeded()
    {
        await CreatePitrTableAsync();
        var backup = (await BackupAsync()).BackupArn;
        await RestoreLatestAsync("One");
        await RestoreAsync(backup, "Two");

        await ShouldFailAsync<LimitExceededException>(() => RestoreLatestAsync("Three"), "LimitExceededException",
            "Subscriber limit exceeded: Only 2 restore operations can be done simultaneously");
        (await TableNamesAsync()).ShouldBe(["Music", "One", "Two"]);

        Clock.Advance(TimeSpan.FromMinutes(5));
        (await RestoreLatestAsync("Three")).TableStatus.ShouldBe(TableStatus.CREATING);
    }
}

/// <summary>A point-in-time restore is a table operation (backup-api §12).</summary>
public class PointInTimeRestoreTableOperationQuotaTests : PitrTestBase
{
    protected override void Configure(FakeDynamoDBOptions options)
    {
        options.RestoreDelay = TimeSpan.FromMinutes(5);
        options.Quotas.MaxConcurrentTableOperations = 1;
    }

    [Test]
    public async Task RestoreTableToPointInTime_TooManyTableOperations_ThrowsLimitExceeded()
    {
        await CreatePitrTableAsync();
        await RestoreLatestAsync("One");

        await ShouldFailAsync<LimitExceededException>(() => RestoreLatestAsync("Two"), "LimitExceededException",
            "Subscriber limit exceeded: Only 1 tables can be created, updated, or deleted simultaneously");
    }
}
