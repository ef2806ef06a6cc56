using FakeDynamo.Tests.Support;
using static FakeDynamo.Tests.Tables.TableRequests;

namespace FakeDynamo.Tests.Tables;

/// <summary>UpdateTable changes and every error path (data-plane §8.4), zero delays.</summary>
public class UpdateTableTests : FakeDynamoTestBase
{
    private const string Invalid = "One or more parameter values were invalid: ";

    private static IEnumerable<TestCaseData> ValidationCases()
    {
        TestCaseData Case(string name, Action<UpdateTableRequest> change, string message) =>
            new TestCaseData(change, message).SetName("UpdateTable_" + name + "_ThrowsValidation");

        yield return Case("NothingToChange", _ => { },
            "At least one of ProvisionedThroughput, BillingMode, UpdateStreamEnabled, GlobalSecondaryIndexUpdates, SSESpecification, ReplicaUpdates, MultiAccountReplicaReady, ReplicaTransitRoleArn, MultiRegionConsistency, DeletionProtectionEnabled, OnDemandThroughput, WarmThroughput or TableClass is required");
        yield return Case("EmptyIndexUpdates", r => r.GlobalSecondaryIndexUpdates = [],
            "At least one of ProvisionedThroughput, BillingMode, UpdateStreamEnabled, GlobalSecondaryIndexUpdates, SSESpecification, ReplicaUpdates, MultiAccountReplicaReady, ReplicaTransitRoleArn, MultiRegionConsistency, DeletionProtectionEnabled, OnDemandThroughput, WarmThroughput or TableClass is required");
        yield return Case("ZeroWriteUnits", r => r.ProvisionedThroughput = new ProvisionedThroughput(1, 0),
            "1 validation error detected: Value '0' at 'provisionedThroughput.writeCapacityUnits' failed to satisfy constraint: Member must have value greater than or equal to 1");
        yield return Case("UnknownBillingMode", r => r.BillingMode = new BillingMode("DOG"),
            "1 validation error detected: Value 'DOG' at 'billingMode' failed to satisfy constraint: Member must satisfy enum value set: [PROVISIONED, PAY_PER_REQUEST]");
        yield return Case("ShortDeleteIndexName", r => r.GlobalSecondaryIndexUpdates = [DeleteGsi("ab")],
            "1 validation error detected: Value 'ab' at 'globalSecondaryIndexUpdates.1.member.delete.indexName' failed to satisfy constraint: Member must have length greater than or equal to 3");
        yield return Case("UnitsOutOfBounds", r => r.ProvisionedThroughput = new ProvisionedThroughput(1_000_000_000_001, 1),
            "Given value 1000000000001 for ReadCapacityUnits is out of bounds");
        yield return Case("IndexUpdateWithoutAction", r => r.GlobalSecondaryIndexUpdates = [new GlobalSecondaryIndexUpdate()],
            Invalid + "One of GlobalSecondaryIndexUpdate.Update, GlobalSecondaryIndexUpdate.Create, GlobalSecondaryIndexUpdate.Delete must not be null");
        yield return Case("IndexUpdateWithTwoActions", r => r.GlobalSecondaryIndexUpdates = [new GlobalSecondaryIndexUpdate { Create = CreateGsi("byHk", "hk").Create, Delete = new DeleteGlobalSecondaryIndexAction { IndexName = "byGk" } }],
            Invalid + "Only one global secondary index action is allowed per GlobalSecondaryIndexUpdate object");
        yield return Case("SameIndexTwice", r => r.GlobalSecondaryIndexUpdates = [DeleteGsi("byGk"), DeleteGsi("byGk")],
            Invalid + "Only one global secondary index update per index is allowed simultaneously. Index: byGk");
        yield return Case("StreamWithoutViewType", r => r.StreamSpecification = new StreamSpecification { StreamEnabled = true },
            Invalid + "If stream is being enabled then UpdateViewType is required");
        yield return Case("DisableStreamWithViewType", r => r.StreamSpecification = new StreamSpecification { StreamEnabled = false, StreamViewType = StreamViewType.KEYS_ONLY },
            Invalid + "If stream is being disabled, then UpdateViewType must not be specified");
        yield return Case("SseWithOtherChange", r => { r.SSESpecification = new SSESpecification { Enabled = true }; r.DeletionProtectionEnabled = true; },
            Invalid + "Server-Side Encryption modification must be the only operation in the request");
        yield return Case("TableClassWithOtherChange", r => { r.TableClass = TableClass.STANDARD; r.DeletionProtectionEnabled = true; },
            Invalid + "TableClass modification must be the only operation in the request");
        yield return Case("ProtectionWithOtherChange", r => { r.DeletionProtectionEnabled = true; r.BillingMode = BillingMode.PAY_PER_REQUEST; },
            Invalid + "DeletionProtection modification must be the only operation in the request");
        yield return Case("IndexChangeWithThroughput", r => { r.ProvisionedThroughput = new ProvisionedThroughput(9, 9); r.GlobalSecondaryIndexUpdates = [DeleteGsi("byGk")]; },
            Invalid + "You cannot create or delete index while updating table IOPS");
        yield return Case("StreamWithThroughput", r => { r.ProvisionedThroughput = new ProvisionedThroughput(9, 9); r.StreamSpecification = new StreamSpecification { StreamEnabled = false }; },
            Invalid + "You cannot modify stream status while updating table IOPS");
        yield return Case("IndexChangeWithStream", r => { r.StreamSpecification = new StreamSpecification { StreamEnabled = false }; r.GlobalSecondaryIndexUpdates = [DeleteGsi("byGk")]; },
            Invalid + "You cannot create or delete index while changing stream status");
        yield return Case("UnknownTableClass", r => r.TableClass = new TableClass("DOG"),
            "Invalid table-class parameter provided. Please try again with a valid table-class value: [STANDARD, STANDARD_INFREQUENT_ACCESS].");
        yield return Case("UnknownMultiRegionConsistency", r => { r.MultiRegionConsistency = new MultiRegionConsistency("DOG"); r.DeletionProtectionEnabled = true; },
            "1 validation error detected: Value 'DOG' at 'multiRegionConsistency' failed to satisfy constraint: Member must satisfy enum value set: [EVENTUAL, STRONG]");

        // Checks against the table (engine).
        yield return Case("ThroughputOnOnDemandTable", r => r.ProvisionedThroughput = new ProvisionedThroughput(9, 9),
            Invalid + "Neither ReadCapacityUnits nor WriteCapacityUnits can be specified when BillingMode is PAY_PER_REQUEST");
        yield return Case("SwitchToProvisionedWithoutThroughput", r => r.BillingMode = BillingMode.PROVISIONED,
            Invalid + "ProvisionedThroughput must be specified when BillingMode is PROVISIONED");
        yield return Case("SwitchToProvisionedIndexWithoutThroughput", r => { r.BillingMode = BillingMode.PROVISIONED; r.ProvisionedThroughput = new ProvisionedThroughput(5, 5); },
            Invalid + "ProvisionedThroughput must be specified for index: byGk");
        yield return Case("NewIndexThroughputOnDemand", r => { r.AttributeDefinitions = [new AttributeDefinition("hk", ScalarAttributeType.S)]; r.GlobalSecondaryIndexUpdates = [CreateGsi("byHk", "hk", new ProvisionedThroughput(1, 1))]; },
            Invalid + "Neither ReadCapacityUnits nor WriteCapacityUnits can be specified for index: byHk when BillingMode is PAY_PER_REQUEST");
        yield return Case("CreateExistingIndex", r => r.GlobalSecondaryIndexUpdates = [CreateGsi("byGk", "gk")], "Attempting to create an index which already exists");
        yield return Case("NewIndexKeyUndefined", r => r.GlobalSecondaryIndexUpdates = [CreateGsi("byHk", "hk")], Invalid + "AttributeDefinitions is not specified for index: byHk");
        yield return Case("AttributeRedefined", r => { r.AttributeDefinitions = [new AttributeDefinition("gk", ScalarAttributeType.N)]; r.GlobalSecondaryIndexUpdates = [CreateGsi("byGk2", "gk")]; },
            Invalid + "Attributes cannot be redefined. Please check that your attribute has the same type as previously defined. Existing schema: Schema:[SchemaElement: key{gk:S:HASH}] New schema: Schema:[SchemaElement: key{gk:N:HASH}]");
        yield return Case("DeleteLsi", r => r.GlobalSecondaryIndexUpdates = [DeleteGsi("byLk")], "Cannot delete an index that is not a GlobalSecondaryIndex: byLk");
        yield return Case("UpdateLsi", r => r.GlobalSecondaryIndexUpdates = [new GlobalSecondaryIndexUpdate { Update = new UpdateGlobalSecondaryIndexAction { IndexName = "byLk", ProvisionedThroughput = new ProvisionedThroughput(1, 1) } }],
            "Cannot update an index that is not a GlobalSecondaryIndex: byLk");
        yield return Case("IndexCapacityOnDemand", r => r.GlobalSecondaryIndexUpdates = [new GlobalSecondaryIndexUpdate { Update = new UpdateGlobalSecondaryIndexAction { IndexName = "byGk", ProvisionedThroughput = new ProvisionedThroughput(1, 1) } }],
            Invalid + "Neither ReadCapacityUnits nor WriteCapacityUnits can be specified for index: byGk when BillingMode is PAY_PER_REQUEST");
        yield return Case("EnableEnabledStream", r => r.StreamSpecification = new StreamSpecification { StreamEnabled = true, StreamViewType = StreamViewType.KEYS_ONLY },
            "Table already has an enabled stream: TableName: Music");
    }

    [TestCaseSource(nameof(ValidationCases))]
    public async Task UpdateTable_InvalidRequest_ThrowsValidationAndChangesNothing(Action<UpdateTableRequest> change, string message)
    {
        await CreateOnDemandWithIndexesAsync();
        var before = (await Client.DescribeTableAsync("Music")).Table;
        var request = new UpdateTableRequest { TableName = "Music" };
        change(request);

        await ShouldFailValidationAsync(() => Client.UpdateTableAsync(request), message);

        var after = (await Client.DescribeTableAsync("Music")).Table;
        after.TableStatus.ShouldBe(TableStatus.ACTIVE);
        after.BillingModeSummary.BillingMode.ShouldBe(before.BillingModeSummary.BillingMode);
        after.GlobalSecondaryIndexes.Select(i => i.IndexName).ShouldBe(before.GlobalSecondaryIndexes.Select(i => i.IndexName));
        after.AttributeDefinitions.Count.ShouldBe(before.AttributeDefinitions.Count);
        after.StreamSpecification.StreamViewType.ShouldBe(StreamViewType.NEW_IMAGE);
    }

    [Test]
    public async Task UpdateTable_MissingTable_ThrowsResourceNotFound()
    {
        await ShouldFailAsync<ResourceNotFoundException>(() => Client.UpdateTableAsync("Missing", new ProvisionedThroughput(1, 1)),
            "ResourceNotFoundException", "Requested resource not found: Table: Missing not found");
    }

    [Test]
    public async Task UpdateTable_DeleteMissingIndex_ThrowsResourceNotFound()
    {
        await CreateOnDemandWithIndexesAsync();

        await ShouldFailAsync<ResourceNotFoundException>(() => Client.UpdateTableAsync(new UpdateTableRequest { TableName = "Music", GlobalSecondaryIndexUpdates = [DeleteGsi("nope")] }),
            "ResourceNotFoundException", "Requested resource not found: Table: Music not found");
    }

    [Test]
    public async Task UpdateTable_TwoIndexActionsInOneCall_ThrowsLimitExceeded()
    {
        await CreateOnDemandWithIndexesAsync();
        var request = new UpdateTableRequest
        {
            TableName = "Music",
            AttributeDefinitions = [new AttributeDefinition("hk", ScalarAttributeType.S)],
            GlobalSecondaryIndexUpdates = [CreateGsi("byHk", "hk"), DeleteGsi("byGk")],
        };

        await ShouldFailAsync<LimitExceededException>(() => Client.UpdateTableAsync(request),
            "LimitExceededException", "Subscriber limit exceeded: Only 1 online index can be created or deleted simultaneously per table");
    }

    [Test]
    public async Task UpdateTable_SameThroughput_ThrowsValidation()
    {
        await Client.CreateTableAsync(Provisioned());

        await ShouldFailValidationAsync(() => Client.UpdateTableAsync("Music", new ProvisionedThroughput(5, 5)),
            "The provisioned throughput for the table will not change. The requested value equals the current value. Current ReadCapacityUnits provisioned for the table: 5. Requested ReadCapacityUnits: 5. Current WriteCapacityUnits provisioned for the table: 5. Requested WriteCapacityUnits: 5. Refer to the Amazon DynamoDB Developer Guide for current limits and how to request higher limits.");
    }

    [Test]
    public async Task UpdateTable_Throughput_RecordsIncreaseAndDecrease()
    {
        await Client.CreateTableAsync(Provisioned());

        var increased = (await Client.UpdateTableAsync("Music", new ProvisionedThroughput(10, 10))).TableDescription;
        Clock.Advance(TimeSpan.FromMinutes(1));
        await Client.UpdateTableAsync(Provisioned().TableName, new ProvisionedThroughput(3, 10));
        var table = (await Client.DescribeTableAsync("Music")).Table;

        increased.TableStatus.ShouldBe(TableStatus.UPDATING);
        increased.ProvisionedThroughput.ReadCapacityUnits.ShouldBe(10);
        table.ProvisionedThroughput.ReadCapacityUnits.ShouldBe(3);
        table.ProvisionedThroughput.LastIncreaseDateTime.ShouldBe(new DateTime(2026, 3, 1, 12, 0, 0, DateTimeKind.Utc));
        table.ProvisionedThroughput.LastDecreaseDateTime.ShouldBe(new DateTime(2026, 3, 1, 12, 1, 0, DateTimeKind.Utc));
        table.ProvisionedThroughput.NumberOfDecreasesToday.ShouldBe(1);
    }

    [Test]
    public async Task UpdateTable_SwitchBillingModes_UpdatesSummary()
    {
        await Client.CreateTableAsync(Provisioned());
        Clock.Advance(TimeSpan.FromMinutes(5));

        await Client.UpdateTableAsync(new UpdateTableRequest { TableName = "Music", BillingMode = BillingMode.PAY_PER_REQUEST });
        var onDemand = (await Client.DescribeTableAsync("Music")).Table;
        await Client.UpdateTableAsync(new UpdateTableRequest { TableName = "Music", BillingMode = BillingMode.PROVISIONED, ProvisionedThroughput = new ProvisionedThroughput(7, 8) });
        var provisioned = (await Client.DescribeTableAsync("Music")).Table;

        onDemand.BillingModeSummary.BillingMode.ShouldBe(BillingMode.PAY_PER_REQUEST);
        onDemand.BillingModeSummary.LastUpdateToPayPerRequestDateTime.ShouldBe(new DateTime(2026, 3, 1, 12, 5, 0, DateTimeKind.Utc));
        onDemand.ProvisionedThroughput.ReadCapacityUnits.ShouldBe(0);
        provisioned.BillingModeSummary.BillingMode.ShouldBe(BillingMode.PROVISIONED);
        provisioned.ProvisionedThroughput.WriteCapacityUnits.ShouldBe(8);
    }

    [Test]
    public async Task UpdateTable_StreamOnAndOff_UpdatesDescription()
    {
        await Client.CreateTableAsync(Provisioned());
        Clock.Advance(TimeSpan.FromSeconds(1));

        await Client.UpdateTableAsync(new UpdateTableRequest { TableName = "Music", StreamSpecification = new StreamSpecification { StreamEnabled = true, StreamViewType = StreamViewType.KEYS_ONLY } });
        var on = (await Client.DescribeTableAsync("Music")).Table;
        await Client.UpdateTableAsync(new UpdateTableRequest { TableName = "Music", StreamSpecification = new StreamSpecification { StreamEnabled = false } });
        var off = (await Client.DescribeTableAsync("Music")).Table;

        on.LatestStreamLabel.ShouldBe("2026-03-01T12:00:01.000");
        off.StreamSpecification.ShouldBeNull();
        await ShouldFailValidationAsync(() => Client.UpdateTableAsync(new UpdateTableRequest { TableName = "Music", StreamSpecification = new StreamSpecification { StreamEnabled = false } }),
            "Table has no stream to disable: TableName: Music");
    }

    [Test]
    public async Task UpdateTable_TableArn_UpdatesTable()
    {
        await Client.CreateTableAsync(Provisioned());

        (await Client.UpdateTableAsync(Arn + "Music", new ProvisionedThroughput(6, 6))).TableDescription.ProvisionedThroughput.ReadCapacityUnits.ShouldBe(6);
    }

    [Test]
    public async Task UpdateTable_ProtectionOnly_StaysActive()
    {
        await Client.CreateTableAsync(Provisioned());

        var response = await Client.UpdateTableAsync(new UpdateTableRequest { TableName = "Music", DeletionProtectionEnabled = true });

        response.TableDescription.TableStatus.ShouldBe(TableStatus.ACTIVE);
        response.TableDescription.DeletionProtectionEnabled.ShouldBe(true);
    }

    [Test]
    public async Task UpdateTable_GsiCapacityOnProvisionedTable_Updates()
    {
        var request = Provisioned();
        request.AttributeDefinitions.Add(new AttributeDefinition("gk", ScalarAttributeType.S));
        request.GlobalSecondaryIndexes = [Gsi("byGk", "gk", throughput: new ProvisionedThroughput(1, 1))];
        await Client.CreateTableAsync(request);

        await Client.UpdateTableAsync(new UpdateTableRequest
        {
            TableName = "Music",
            GlobalSecondaryIndexUpdates = [new GlobalSecondaryIndexUpdate { Update = new UpdateGlobalSecondaryIndexAction { IndexName = "byGk", ProvisionedThroughput = new ProvisionedThroughput(4, 4) } }],
        });

        (await Client.DescribeTableAsync("Music")).Table.GlobalSecondaryIndexes[0].ProvisionedThroughput.ReadCapacityUnits.ShouldBe(4);
    }

    [Test]
    public async Task UpdateTable_NewGsiWithoutThroughputOnProvisionedTable_ThrowsValidation()
    {
        await Client.CreateTableAsync(Provisioned());

        await ShouldFailValidationAsync(
            () => Client.UpdateTableAsync(new UpdateTableRequest { TableName = "Music", GlobalSecondaryIndexUpdates = [CreateGsi("bySk", "sk")] }),
            Invalid + "ProvisionedThroughput must be specified for index: bySk");

        (await Client.DescribeTableAsync("Music")).Table.GlobalSecondaryIndexes.ShouldBeNull();
    }

    [Test]
    public async Task UpdateTable_TwentyFirstGsi_ThrowsLimitExceeded()
    {
        var request = OnDemandWithGsi();
        request.GlobalSecondaryIndexes = Enumerable.Range(1, 20).Select(i => Gsi($"gsi{i:00}", "gk")).ToList();
        await Client.CreateTableAsync(request);

        await ShouldFailAsync<LimitExceededException>(
            () => Client.UpdateTableAsync(new UpdateTableRequest { TableName = "Music", GlobalSecondaryIndexUpdates = [CreateGsi("gsi21", "sk")] }),
            "LimitExceededException", "Subscriber limit exceeded: Number of global secondary indexes exceeds per-table limit of 20");

        (await Client.DescribeTableAsync("Music")).Table.GlobalSecondaryIndexes.Count.ShouldBe(20);
    }

    [Test]
    public async Task UpdateTable_RequestMutatedAfterCall_StoreUnchanged()
    {
        await CreateOnDemandWithIndexesAsync();
        var request = new UpdateTableRequest
        {
            TableName = "Music",
            AttributeDefinitions = [new AttributeDefinition("hk", ScalarAttributeType.S)],
            GlobalSecondaryIndexUpdates = [CreateGsi("byHk", "hk")],
        };
        var response = await Client.UpdateTableAsync(request);

        request.GlobalSecondaryIndexUpdates[0].Create.KeySchema[0].AttributeName = "changed";
        response.TableDescription.GlobalSecondaryIndexes.Clear();

        var table = (await Client.DescribeTableAsync("Music")).Table;
        table.GlobalSecondaryIndexes.Single(i => i.IndexName == "byHk").KeySchema[0].AttributeName.ShouldBe("hk");
        table.GlobalSecondaryIndexes.Count.ShouldBe(2);
    }

    private async Task CreateOnDemandWithIndexesAsync()
    {
        var request = OnDemandWithGsi();
        request.AttributeDefinitions.Add(new AttributeDefinition("lk", ScalarAttributeType.S));
        request.LocalSecondaryIndexes = [Lsi("byLk", "pk", "lk")];
        request.StreamSpecification = new StreamSpecification { StreamEnabled = true, StreamViewType = StreamViewType.NEW_IMAGE };
        await Client.CreateTableAsync(request);
    }
}
