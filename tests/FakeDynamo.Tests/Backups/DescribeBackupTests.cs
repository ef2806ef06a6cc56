namespace FakeDynamo.Tests.Backups;

public class DescribeBackupTests : BackupTestBase
{
    private Task<DescribeBackupResponse> DescribeAsync(string? arn) =>
        Client.DescribeBackupAsync(new DescribeBackupRequest { BackupArn = arn });

    [Test]
    public async Task DescribeBackup_PlainTable_ReturnsDetailsSourceAndEmptyFeatures()
    {
        var table = await CreateTableAsync();
        await PutTitleAsync("Music", "a", "1", "Hello");
        var created = await BackupAsync();

        var description = (await DescribeAsync(created.BackupArn)).BackupDescription;

        var details = description.BackupDetails;
        details.BackupArn.ShouldBe(created.BackupArn);
        details.BackupStatus.ShouldBe(BackupStatus.AVAILABLE);
        details.BackupCreationDateTime.ShouldBe(created.BackupCreationDateTime);
        details.BackupSizeBytes.ShouldBe(16);
        var source = description.SourceTableDetails;
        source.TableName.ShouldBe("Music");
        source.TableArn.ShouldBe(Arn123 + "table/Music");
        source.TableId.ShouldBe(table.TableId);
        source.TableCreationDateTime.ShouldBe(table.CreationDateTime);
        source.ItemCount.ShouldBe(1);
        source.TableSizeBytes.ShouldBe(16);
        source.BillingMode.ShouldBe(BillingMode.PAY_PER_REQUEST);
        source.ProvisionedThroughput.ReadCapacityUnits.ShouldBe(0);
        source.ProvisionedThroughput.WriteCapacityUnits.ShouldBe(0);
        source.OnDemandThroughput.ShouldBeNull();
        source.KeySchema.Select(k => (k.AttributeName, k.KeyType.Value)).ShouldBe([("pk", "HASH"), ("sk", "RANGE")]);
        var features = description.SourceTableFeatureDetails;
        features.ShouldNotBeNull();
        features.GlobalSecondaryIndexes.ShouldBeNull();
        features.LocalSecondaryIndexes.ShouldBeNull();
        features.StreamDescription.ShouldBeNull();
        features.TimeToLiveDescription.ShouldBeNull();
        features.SSEDescription.ShouldBeNull();
    }

    [Test]
    public async Task DescribeBackup_TableWithFeatures_ShowsIndexesStreamSseAndThroughput()
    {
        await Client.CreateTableAsync(FeatureTables.Request("Songs"));
        var created = await BackupAsync("Songs");

        var description = (await DescribeAsync(created.BackupArn)).BackupDescription;

        var source = description.SourceTableDetails;
        source.BillingMode.ShouldBe(BillingMode.PROVISIONED);
        source.ProvisionedThroughput.ReadCapacityUnits.ShouldBe(5);
        source.ProvisionedThroughput.WriteCapacityUnits.ShouldBe(7);
        source.KeySchema.Select(k => k.AttributeName).ShouldBe(["pk", "sk"]);
        var features = description.SourceTableFeatureDetails;
        var gsi = features.GlobalSecondaryIndexes.ShouldHaveSingleItem();
        gsi.IndexName.ShouldBe("ByArtist");
        gsi.KeySchema.Select(k => k.AttributeName).ShouldBe(["artist"]);
        gsi.Projection.ProjectionType.ShouldBe(ProjectionType.KEYS_ONLY);
        gsi.ProvisionedThroughput.ReadCapacityUnits.ShouldBe(2);
        gsi.ProvisionedThroughput.WriteCapacityUnits.ShouldBe(3);
        var lsi = features.LocalSecondaryIndexes.ShouldHaveSingleItem();
        lsi.IndexName.ShouldBe("ByYear");
        lsi.Projection.ProjectionType.ShouldBe(ProjectionType.INCLUDE);
        lsi.Projection.NonKeyAttributes.ShouldBe(["title"]);
        features.StreamDescription.StreamEnabled.ShouldBe(true);
        features.StreamDescription.StreamViewType.ShouldBe(StreamViewType.NEW_IMAGE);
        features.SSEDescription.Status.ShouldBe(SSEStatus.ENABLED);
        features.SSEDescription.SSEType.ShouldBe(SSEType.KMS);
    }

    [Test]
    public async Task DescribeBackup_TableWithTtl_ShowsTimeToLiveDescription()
    {
        // UpdateTimeToLive is not implemented yet; set the table's TTL attribute through the engine.
        await CreateTableAsync();
        lock (Account.Gate)
        {
            Account.FindTable("Music", Clock.GetUtcNow())!.TimeToLiveAttribute = "expires";
        }

        var created = await BackupAsync();
        var ttl = (await DescribeAsync(created.BackupArn)).BackupDescription.SourceTableFeatureDetails.TimeToLiveDescription;

        ttl.TimeToLiveStatus.ShouldBe(TimeToLiveStatus.ENABLED);
        ttl.AttributeName.ShouldBe("expires");
    }

    [Test]
    public async Task DescribeBackup_UnknownArn_ThrowsBackupNotFound()
    {
        var arn = Arn123 + "table/Music/backup/01489173575360-b308cd7d";
        await ShouldFailAsync<BackupNotFoundException>(() => DescribeAsync(arn), "BackupNotFoundException", $"Backup not found: {arn}");
    }

    [Test]
    public async Task DescribeBackup_ArnOfAnotherKnownRegion_ThrowsBackupNotFound()
    {
        await CreateTableAsync();
        var arn = (await BackupAsync()).BackupArn.Replace("us-east-1", "eu-west-1", StringComparison.Ordinal);
        await ShouldFailAsync<BackupNotFoundException>(() => DescribeAsync(arn), "BackupNotFoundException", $"Backup not found: {arn}");
    }

    [TestCase("", TestName = "DescribeBackup_EmptyArn_ThrowsInvalidBackupArn")]
    [TestCase(Arn123 + "table/Music", TestName = "DescribeBackup_TableArn_ThrowsInvalidBackupArn")]
    [TestCase("this-is-not-an-arn-at-all-but-it-has-48-chars!!!", TestName = "DescribeBackup_NonArn_ThrowsInvalidBackupArn")]
    [TestCase(Arn123 + "table/Music/backup/123-abc", TestName = "DescribeBackup_MalformedBackupId_ThrowsInvalidBackupArn")]
    public async Task DescribeBackup_MalformedArn_ThrowsInvalidBackupArn(string arn)
    {
        await ShouldFailValidationAsync(() => DescribeAsync(arn), "Invalid Backup ARN");
    }

    [TestCase("arn:aws:dynamodb:mars-north-1:123456789012:table/Music/backup/01489173575360-b308cd7d", TestName = "DescribeBackup_UnknownRegion_ThrowsNotValid")]
    [TestCase("arn:aws-cn:dynamodb:us-east-1:123456789012:table/Music/backup/01489173575360-b308cd7d", TestName = "DescribeBackup_OtherPartition_ThrowsNotValid")]
    [TestCase("arn:aws:s3:us-east-1:123456789012:table/Music/backup/01489173575360-b308cd7d", TestName = "DescribeBackup_OtherService_ThrowsNotValid")]
    public async Task DescribeBackup_ArnNotValid_ThrowsInvalidRequest(string arn)
    {
        await ShouldFailValidationAsync(() => DescribeAsync(arn), "Invalid Request: BackupArn is not valid");
    }

    [Test]
    public async Task DescribeBackup_OtherAccount_ThrowsAccessDenied()
    {
        await ShouldFailAsync<AmazonDynamoDBException>(
            () => DescribeAsync("arn:aws:dynamodb:us-east-1:999999999999:table/Music/backup/01489173575360-b308cd7d"),
            "AccessDeniedException", "Access is denied");
    }

    [Test]
    public async Task DescribeBackup_NullArn_ThrowsValidation()
    {
        await ShouldFailValidationAsync(() => DescribeAsync(null),
            "1 validation error detected: Value null at 'backupArn' failed to satisfy constraint: Member must not be null");
    }

    [Test]
    public async Task DescribeBackup_SourceTableDeleted_StillDescribesIt()
    {
        var table = await CreateTableAsync();
        var created = await BackupAsync();
        await Client.DeleteTableAsync("Music");
        await CreateTableAsync();

        var source = (await DescribeAsync(created.BackupArn)).BackupDescription.SourceTableDetails;

        source.TableId.ShouldBe(table.TableId);
        (await Client.DescribeTableAsync("Music")).Table.TableId.ShouldNotBe(table.TableId);
    }

    [Test]
    public async Task DescribeBackup_ResponseIsACopy_MutatingItChangesNothing()
    {
        await CreateTableAsync();
        var created = await BackupAsync();
        var first = await DescribeAsync(created.BackupArn);
        first.BackupDescription.SourceTableDetails.KeySchema.Clear();
        first.BackupDescription.BackupDetails.BackupName = "changed";

        var second = (await DescribeAsync(created.BackupArn)).BackupDescription;

        second.SourceTableDetails.KeySchema.Count.ShouldBe(2);
        second.BackupDetails.BackupName.ShouldBe("nightly");
    }
}

/// <summary>A provisioned table with a GSI, an LSI, a stream and KMS encryption.</summary>
internal static class FeatureTables
{
    public static CreateTableRequest Request(string name) => new()
    {
        TableName = name,
        BillingMode = BillingMode.PROVISIONED,
        ProvisionedThroughput = new ProvisionedThroughput(5, 7),
        KeySchema = [new KeySchemaElement("pk", KeyType.HASH), new KeySchemaElement("sk", KeyType.RANGE)],
        AttributeDefinitions =
        [
            new AttributeDefinition("pk", ScalarAttributeType.S), new AttributeDefinition("sk", ScalarAttributeType.S),
            new AttributeDefinition("artist", ScalarAttributeType.S), new AttributeDefinition("year", ScalarAttributeType.N),
        ],
        GlobalSecondaryIndexes =
        [
            new GlobalSecondaryIndex
            {
                IndexName = "ByArtist",
                KeySchema = [new KeySchemaElement("artist", KeyType.HASH)],
                Projection = new Projection { ProjectionType = ProjectionType.KEYS_ONLY },
                ProvisionedThroughput = new ProvisionedThroughput(2, 3),
            },
        ],
        LocalSecondaryIndexes =
        [
            new LocalSecondaryIndex
            {
                IndexName = "ByYear",
                KeySchema = [new KeySchemaElement("pk", KeyType.HASH), new KeySchemaElement("year", KeyType.RANGE)],
                Projection = new Projection { ProjectionType = ProjectionType.INCLUDE, NonKeyAttributes = ["title"] },
            },
        ],
        StreamSpecification = new StreamSpecification { StreamEnabled = true, StreamViewType = StreamViewType.NEW_IMAGE },
        SSESpecification = new SSESpecification { Enabled = true, SSEType = SSEType.KMS },
        TableClass = TableClass.STANDARD_INFREQUENT_ACCESS,
        DeletionProtectionEnabled = true,
        Tags = [new Tag { Key = "team", Value = "audio" }],
    };
}
