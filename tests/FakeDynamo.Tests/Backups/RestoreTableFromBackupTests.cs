namespace FakeDynamo.Tests.Backups;

public class RestoreTableFromBackupTests : BackupTestBase
{
    [Test]
    public async Task RestoreTableFromBackup_Response_IsCreatingWithRestoreSummary()
    {
        var source = await CreateTableAsync();
        await PutTitleAsync("Music", "a", "1", "Hello");
        Clock.Advance(TimeSpan.FromMilliseconds(250));
        var backup = await BackupAsync();
        Clock.Advance(TimeSpan.FromMinutes(3));

        var restored = await RestoreAsync(backup.BackupArn);

        restored.TableName.ShouldBe("Restored");
        restored.TableArn.ShouldBe(Arn123 + "table/Restored");
        restored.TableId.ShouldNotBe(source.TableId);
        restored.TableStatus.ShouldBe(TableStatus.CREATING);
        restored.CreationDateTime.ShouldBe(Start.AddMinutes(3).AddMilliseconds(250).UtcDateTime);
        restored.ItemCount.ShouldBe(0);
        restored.TableSizeBytes.ShouldBe(0);
        restored.KeySchema.Select(k => k.AttributeName).ShouldBe(["pk", "sk"]);
        restored.BillingModeSummary.BillingMode.ShouldBe(BillingMode.PAY_PER_REQUEST);
        var summary = restored.RestoreSummary;
        summary.SourceBackupArn.ShouldBe(backup.BackupArn);
        summary.SourceTableArn.ShouldBe(source.TableArn);
        summary.RestoreDateTime.ShouldBe(backup.BackupCreationDateTime);
        summary.RestoreInProgress.ShouldBe(true);
    }

    [Test]
    public async Task RestoreTableFromBackup_DefaultDelay_ActiveAtOnceWithData()
    {
        await CreateTableAsync();
        await PutTitleAsync("Music", "a", "1", "Hello");
        var backup = await BackupAsync();

        await RestoreAsync(backup.BackupArn);

        var table = (await Client.DescribeTableAsync("Restored")).Table;
        table.TableStatus.ShouldBe(TableStatus.ACTIVE);
        table.ItemCount.ShouldBe(1);
        table.RestoreSummary.RestoreInProgress.ShouldBe(false);
        (await ReadTitleAsync("Restored", "a", "1")).ShouldBe("Hello");
    }

    [Test]
    public async Task RestoreTableFromBackup_AfterRestore_IndependentOfSourceAndBackup()
    {
        await CreateTableAsync();
        await PutTitleAsync("Music", "a", "1", "v1");
        var backup = await BackupAsync();
        await RestoreAsync(backup.BackupArn, "Copy1");

        await PutTitleAsync("Copy1", "a", "1", "copy");
        await PutTitleAsync("Music", "a", "1", "source");
        await RestoreAsync(backup.BackupArn, "Copy2");

        (await ReadTitleAsync("Copy1", "a", "1")).ShouldBe("copy");
        (await ReadTitleAsync("Music", "a", "1")).ShouldBe("source");
        (await ReadTitleAsync("Copy2", "a", "1")).ShouldBe("v1");
    }

    [Test]
    public async Task RestoreTableFromBackup_DeletedSourceTable_StillRestores()
    {
        await CreateTableAsync();
        await PutTitleAsync("Music", "a", "1", "Hello");
        var backup = await BackupAsync();
        await Client.DeleteTableAsync("Music");

        await RestoreAsync(backup.BackupArn, "Music");

        (await ReadTitleAsync("Music", "a", "1")).ShouldBe("Hello");
    }

    [Test]
    public async Task RestoreTableFromBackup_TargetExists_ThrowsTableAlreadyExists()
    {
        await CreateTableAsync();
        var backup = await BackupAsync();

        await ShouldFailAsync<TableAlreadyExistsException>(() => RestoreAsync(backup.BackupArn, "Music"), "TableAlreadyExistsException", "Table already exists: Music");
    }

    [Test]
    public async Task RestoreTableFromBackup_UnknownBackup_ThrowsBackupNotFound()
    {
        var arn = Arn123 + "table/Music/backup/01489173575360-b308cd7d";
        await ShouldFailAsync<BackupNotFoundException>(() => RestoreAsync(arn), "BackupNotFoundException", $"Backup not found: {arn}");
        await ShouldFailAsync<ResourceNotFoundException>(() => Client.DescribeTableAsync("Restored"), "ResourceNotFoundException",
            "Requested resource not found: Table: Restored not found");
    }

    [Test]
    public async Task RestoreTableFromBackup_MalformedBackupArn_ThrowsInvalidBackupArn()
    {
        await ShouldFailValidationAsync(() => RestoreAsync("not-an-arn"), "Invalid Backup ARN");
    }

    [TestCase("", TestName = "RestoreTableFromBackup_EmptyTarget_ThrowsLegacyLengthText")]
    [TestCase("ab", TestName = "RestoreTableFromBackup_ShortTarget_ThrowsLegacyLengthText")]
    public async Task RestoreTableFromBackup_TargetLength_ThrowsLegacyText(string target)
    {
        await ShouldFailValidationAsync(() => RestoreAsync(Arn123 + "table/Music/backup/01489173575360-b308cd7d", target),
            "TableName must be at least 3 characters long and at most 255 characters long");
    }

    [Test]
    public async Task RestoreTableFromBackup_TargetBadCharacters_ThrowsPatternValidation()
    {
        await ShouldFailValidationAsync(() => RestoreAsync(Arn123 + "table/Music/backup/01489173575360-b308cd7d", "bad name!"),
            "1 validation error detected: Value 'bad name!' at 'targetTableName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+");
    }

    [Test]
    public async Task RestoreTableFromBackup_NullMembers_ReportsBothTogether()
    {
        await ShouldFailValidationAsync(() => Client.RestoreTableFromBackupAsync(new RestoreTableFromBackupRequest()),
            "2 validation errors detected: Value null at 'targetTableName' failed to satisfy constraint: Member must not be null; " +
            "Value null at 'backupArn' failed to satisfy constraint: Member must not be null");
    }

    [Test]
    public async Task RestoreTableFromBackup_CarriedAndNotCarriedSettings_FollowSpec()
    {
        await Client.CreateTableAsync(FeatureTables.Request("Songs"));
        var backup = await BackupAsync("Songs");

        await RestoreAsync(backup.BackupArn);

        var table = (await Client.DescribeTableAsync("Restored")).Table;
        table.BillingModeSummary.ShouldBeNull(); // provisioned
        table.ProvisionedThroughput.ReadCapacityUnits.ShouldBe(5);
        table.ProvisionedThroughput.WriteCapacityUnits.ShouldBe(7);
        var gsi = table.GlobalSecondaryIndexes.ShouldHaveSingleItem();
        gsi.IndexName.ShouldBe("ByArtist");
        gsi.ProvisionedThroughput.ReadCapacityUnits.ShouldBe(2);
        table.LocalSecondaryIndexes.ShouldHaveSingleItem().IndexName.ShouldBe("ByYear");
        table.SSEDescription.Status.ShouldBe(SSEStatus.ENABLED);
        table.AttributeDefinitions.Count.ShouldBe(4);

        table.StreamSpecification.ShouldBeNull();
        table.LatestStreamArn.ShouldBeNull();
        table.TableClassSummary.ShouldBeNull(); // STANDARD
        table.DeletionProtectionEnabled.ShouldBe(false);
        Account.FindTable("Restored", Clock.GetUtcNow())!.Tags.ShouldBeEmpty();
        Account.FindTable("Restored", Clock.GetUtcNow())!.TimeToLiveAttribute.ShouldBeNull();
        Account.FindTable("Restored", Clock.GetUtcNow())!.PitrEnabledAt.ShouldBeNull();
    }

    [Test]
    public async Task RestoreTableFromBackup_FailedRestore_ChangesNothing()
    {
        await CreateTableAsync();
        await PutTitleAsync("Music", "a", "1", "Hello");
        var backup = await BackupAsync();

        await ShouldFailAsync<TableAlreadyExistsException>(() => RestoreAsync(backup.BackupArn, "Music"), "TableAlreadyExistsException", "Table already exists: Music");

        (await ReadTitleAsync("Music", "a", "1")).ShouldBe("Hello");
        (await Client.ListTablesAsync()).TableNames.ShouldBe(["Music"]);
    }
}
