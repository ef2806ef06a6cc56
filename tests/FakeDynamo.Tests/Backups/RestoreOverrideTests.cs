namespace FakeDynamo.Tests.Backups;

/// <summary>RestoreTableFromBackup overrides (backup-api §9.1) and their error texts (§2.1, §2.2).</summary>
public class RestoreOverrideTests : BackupTestBase
{
    private string _provisioned = null!;
    private string _onDemand = null!;

    [SetUp]
    public async Task CreateBackups()
    {
        await Client.CreateTableAsync(FeatureTables.Request("Songs"));
        _provisioned = (await BackupAsync("Songs")).BackupArn;
        await CreateTableAsync("Music");
        _onDemand = (await BackupAsync("Music")).BackupArn;
    }

    private Task<RestoreTableFromBackupResponse> RestoreAsync(RestoreTableFromBackupRequest request)
    {
        request.TargetTableName ??= "Restored";
        return Client.RestoreTableFromBackupAsync(request);
    }

    private static GlobalSecondaryIndex ArtistIndex(string name = "ByArtist", ProvisionedThroughput? throughput = null) => new()
    {
        IndexName = name,
        KeySchema = [new KeySchemaElement("artist", KeyType.HASH)],
        Projection = new Projection { ProjectionType = ProjectionType.KEYS_ONLY },
        ProvisionedThroughput = throughput,
    };

    [Test]
    public async Task Restore_BillingModeOverrideToOnDemand_MakesTableAndIndexesOnDemand()
    {
        var table = (await RestoreAsync(new RestoreTableFromBackupRequest { BackupArn = _provisioned, BillingModeOverride = BillingMode.PAY_PER_REQUEST })).TableDescription;

        table.BillingModeSummary.BillingMode.ShouldBe(BillingMode.PAY_PER_REQUEST);
        table.ProvisionedThroughput.ReadCapacityUnits.ShouldBe(0);
        table.GlobalSecondaryIndexes.ShouldHaveSingleItem().ProvisionedThroughput.ReadCapacityUnits.ShouldBe(0);
    }

    [Test]
    public async Task Restore_ProvisionedThroughputOverride_AppliesToBaseTableOnly()
    {
        var table = (await RestoreAsync(new RestoreTableFromBackupRequest { BackupArn = _provisioned, ProvisionedThroughputOverride = new ProvisionedThroughput(11, 12) })).TableDescription;

        table.ProvisionedThroughput.ReadCapacityUnits.ShouldBe(11);
        table.ProvisionedThroughput.WriteCapacityUnits.ShouldBe(12);
        table.GlobalSecondaryIndexes.ShouldHaveSingleItem().ProvisionedThroughput.WriteCapacityUnits.ShouldBe(3);
    }

    [Test]
    public async Task Restore_OnDemandToProvisioned_WithThroughput_IsProvisioned()
    {
        var table = (await RestoreAsync(new RestoreTableFromBackupRequest
        {
            BackupArn = _onDemand, BillingModeOverride = BillingMode.PROVISIONED, ProvisionedThroughputOverride = new ProvisionedThroughput(1, 2),
        })).TableDescription;

        table.BillingModeSummary.ShouldBeNull();
        table.ProvisionedThroughput.WriteCapacityUnits.ShouldBe(2);
    }

    [Test]
    public async Task Restore_EmptyIndexOverrides_RestoresNoIndexes()
    {
        var table = (await RestoreAsync(new RestoreTableFromBackupRequest { BackupArn = _provisioned, GlobalSecondaryIndexOverride = [], LocalSecondaryIndexOverride = [] })).TableDescription;

        table.GlobalSecondaryIndexes.ShouldBeNull();
        table.LocalSecondaryIndexes.ShouldBeNull();
        table.AttributeDefinitions.Select(a => a.AttributeName).ShouldBe(["pk", "sk"]);
    }

    [Test]
    public async Task Restore_IndexOverrideMatchingByKeysAndProjection_AllowsRename()
    {
        var table = (await RestoreAsync(new RestoreTableFromBackupRequest
        {
            BackupArn = _provisioned, GlobalSecondaryIndexOverride = [ArtistIndex("Renamed", new ProvisionedThroughput(4, 4))], LocalSecondaryIndexOverride = [],
        })).TableDescription;

        var gsi = table.GlobalSecondaryIndexes.ShouldHaveSingleItem();
        gsi.IndexName.ShouldBe("Renamed");
        gsi.ProvisionedThroughput.ReadCapacityUnits.ShouldBe(4);
        table.LocalSecondaryIndexes.ShouldBeNull();
    }

    [Test]
    public async Task Restore_IndexOverrideNotInBackup_ThrowsValidation()
    {
        var index = ArtistIndex("New", new ProvisionedThroughput(1, 1));
        index.Projection = new Projection { ProjectionType = ProjectionType.ALL };

        await ShouldFailValidationAsync(() => RestoreAsync(new RestoreTableFromBackupRequest { BackupArn = _provisioned, GlobalSecondaryIndexOverride = [index] }),
            "Invalid Request: Index New does not match a secondary index that existed in the source table and cannot be created during the restore operation");
        (await Client.ListTablesAsync()).TableNames.ShouldNotContain("Restored");
    }

    [Test]
    public async Task Restore_ThroughputOverrideOnOnDemandBackup_ThrowsValidation()
    {
        await ShouldFailValidationAsync(() => RestoreAsync(new RestoreTableFromBackupRequest { BackupArn = _onDemand, ProvisionedThroughputOverride = new ProvisionedThroughput(1, 1) }),
            "Invalid Request: Cannot override ProvisionedThroughput unless BillingMode is PROVISIONED");
    }

    [Test]
    public async Task Restore_ThroughputOverrideWithOnDemandOverride_ThrowsValidation()
    {
        await ShouldFailValidationAsync(() => RestoreAsync(new RestoreTableFromBackupRequest
            {
                BackupArn = _provisioned, BillingModeOverride = BillingMode.PAY_PER_REQUEST, ProvisionedThroughputOverride = new ProvisionedThroughput(1, 1),
            }),
            "Invalid Request: Cannot override ProvisionedThroughput if BillingMode is overridden to PAY_PER_REQUEST");
    }

    [Test]
    public async Task Restore_IndexThroughputWithOnDemandOverride_ThrowsValidationNamingIndex()
    {
        await ShouldFailValidationAsync(() => RestoreAsync(new RestoreTableFromBackupRequest
            {
                BackupArn = _provisioned, BillingModeOverride = BillingMode.PAY_PER_REQUEST, GlobalSecondaryIndexOverride = [ArtistIndex(throughput: new ProvisionedThroughput(1, 1))],
            }),
            "Invalid Request: Cannot override ProvisionedThroughput if BillingMode is overridden to PAY_PER_REQUEST for index ByArtist");
    }

    [Test]
    public async Task Restore_ProvisionedOverrideWithoutThroughput_ThrowsValidation()
    {
        await ShouldFailValidationAsync(() => RestoreAsync(new RestoreTableFromBackupRequest { BackupArn = _onDemand, BillingModeOverride = BillingMode.PROVISIONED }),
            "Invalid Request: Must override ProvisionedThroughput if BillingMode is overridden to PROVISIONED");
    }

    [Test]
    public async Task Restore_OnDemandGsiToProvisionedWithoutIndexThroughput_ThrowsValidation()
    {
        await Client.CreateTableAsync(new CreateTableRequest
        {
            TableName = "Albums",
            BillingMode = BillingMode.PAY_PER_REQUEST,
            KeySchema = [new KeySchemaElement("pk", KeyType.HASH)],
            AttributeDefinitions = [new AttributeDefinition("pk", ScalarAttributeType.S), new AttributeDefinition("artist", ScalarAttributeType.S)],
            GlobalSecondaryIndexes = [ArtistIndex()],
        });
        var arn = (await BackupAsync("Albums")).BackupArn;

        await ShouldFailValidationAsync(() => RestoreAsync(new RestoreTableFromBackupRequest
            {
                BackupArn = arn, BillingModeOverride = BillingMode.PROVISIONED, ProvisionedThroughputOverride = new ProvisionedThroughput(1, 1),
            }),
            "Invalid Request: Must specify provisioned throughput for index ByArtist");
    }

    [Test]
    public async Task Restore_OnDemandOverrideOnProvisioned_ThrowsValidation()
    {
        await ShouldFailValidationAsync(() => RestoreAsync(new RestoreTableFromBackupRequest
            {
                BackupArn = _provisioned, OnDemandThroughputOverride = new OnDemandThroughput { MaxReadRequestUnits = 10 },
            }),
            "Invalid Request: Cannot override MaxReadRequestUnits for OnDemandThroughput unless BillingModeOverride is PAY_PER_REQUEST");
    }

    [Test]
    public async Task Restore_OnDemandOverrideZero_ThrowsOutOfRange()
    {
        await ShouldFailValidationAsync(() => RestoreAsync(new RestoreTableFromBackupRequest
            {
                BackupArn = _onDemand, OnDemandThroughputOverride = new OnDemandThroughput { MaxReadRequestUnits = 0, MaxWriteRequestUnits = 0 },
            }),
            "Invalid Request: Requested MaxReadRequestUnits for OnDemandThroughput is outside of valid range");
    }

    [Test]
    public async Task Restore_OnDemandOverride_AppliesMaxima()
    {
        var table = (await RestoreAsync(new RestoreTableFromBackupRequest
        {
            BackupArn = _onDemand, OnDemandThroughputOverride = new OnDemandThroughput { MaxReadRequestUnits = 10, MaxWriteRequestUnits = 20 },
        })).TableDescription;

        table.OnDemandThroughput.MaxReadRequestUnits.ShouldBe(10);
        table.OnDemandThroughput.MaxWriteRequestUnits.ShouldBe(20);
    }

    [Test]
    public async Task Restore_SseOverrideDisabled_RemovesSseDescription()
    {
        var table = (await RestoreAsync(new RestoreTableFromBackupRequest { BackupArn = _provisioned, SSESpecificationOverride = new SSESpecification { Enabled = false } })).TableDescription;

        table.SSEDescription.ShouldBeNull();
    }

    [Test]
    public async Task Restore_SseOverrideWithKey_UsesIt()
    {
        var table = (await RestoreAsync(new RestoreTableFromBackupRequest
        {
            BackupArn = _onDemand, SSESpecificationOverride = new SSESpecification { Enabled = true, SSEType = SSEType.KMS, KMSMasterKeyId = "arn:aws:kms:us-east-1:123456789012:key/k" },
        })).TableDescription;

        table.SSEDescription.KMSMasterKeyArn.ShouldBe("arn:aws:kms:us-east-1:123456789012:key/k");
    }

    [Test]
    public async Task Restore_EmptyBillingModeOverride_ThrowsEnumValidation()
    {
        await ShouldFailValidationAsync(() => RestoreAsync(new RestoreTableFromBackupRequest { BackupArn = _onDemand, BillingModeOverride = new BillingMode(string.Empty) }),
            "1 validation error detected: Value '' at 'billingModeOverride' failed to satisfy constraint: Member must satisfy enum value set: [PROVISIONED, PAY_PER_REQUEST]");
    }

    [Test]
    public async Task Restore_ThroughputOverrideWithoutUnits_ReportsBothNulls()
    {
        await ShouldFailValidationAsync(() => RestoreAsync(new RestoreTableFromBackupRequest { BackupArn = _provisioned, ProvisionedThroughputOverride = new ProvisionedThroughput() }),
            "2 validation errors detected: Value null at 'provisionedThroughputOverride.writeCapacityUnits' failed to satisfy constraint: Member must not be null; " +
            "Value null at 'provisionedThroughputOverride.readCapacityUnits' failed to satisfy constraint: Member must not be null");
    }

    [Test]
    public async Task Restore_EmptyIndexOverrideEntry_ReportsThreeNulls()
    {
        await ShouldFailValidationAsync(() => RestoreAsync(new RestoreTableFromBackupRequest { BackupArn = _provisioned, GlobalSecondaryIndexOverride = [new GlobalSecondaryIndex()] }),
            "3 validation errors detected: Value null at 'globalSecondaryIndexOverride.1.member.indexName' failed to satisfy constraint: Member must not be null; " +
            "Value null at 'globalSecondaryIndexOverride.1.member.keySchema' failed to satisfy constraint: Member must not be null; " +
            "Value null at 'globalSecondaryIndexOverride.1.member.projection' failed to satisfy constraint: Member must not be null");
    }

    [Test]
    public async Task Restore_UnknownIndexOverrideEnums_ReportedInTableOrder()
    {
        // The override shapes are CreateTable's: ProjectionType lists [ALL, INCLUDE, KEYS_ONLY] (data-plane §1.3).
        var index = new GlobalSecondaryIndex
        {
            IndexName = "byGk",
            KeySchema = [new KeySchemaElement("gk", new KeyType("PARTITION"))],
            Projection = new Projection { ProjectionType = new ProjectionType("SOME") },
        };
        await ShouldFailValidationAsync(() => RestoreAsync(new RestoreTableFromBackupRequest { BackupArn = _provisioned, GlobalSecondaryIndexOverride = [index] }),
            "2 validation errors detected: Value 'PARTITION' at 'globalSecondaryIndexOverride.1.member.keySchema.1.member.keyType' failed to satisfy constraint: " +
            "Member must satisfy enum value set: [HASH, RANGE]; " +
            "Value 'SOME' at 'globalSecondaryIndexOverride.1.member.projection.projectionType' failed to satisfy constraint: " +
            "Member must satisfy enum value set: [ALL, INCLUDE, KEYS_ONLY]");
    }

    [Test]
    public async Task Restore_EmptyKmsKeyId_ThrowsLengthValidation()
    {
        await ShouldFailValidationAsync(() => RestoreAsync(new RestoreTableFromBackupRequest
            {
                BackupArn = _onDemand, SSESpecificationOverride = new SSESpecification { Enabled = true, KMSMasterKeyId = string.Empty },
            }),
            "1 validation error detected: Value '' at 'sSESpecificationOverride.kMSMasterKeyId' failed to satisfy constraint: Member must have length greater than or equal to 1");
    }
}
