using FakeDynamo.Tests.Support;
using static FakeDynamo.Tests.Tables.TableRequests;

namespace FakeDynamo.Tests.Tables;

/// <summary>CreateTable responses, the CREATING → ACTIVE lifecycle on the clock, and name conflicts (data-plane §8.2).</summary>
public class CreateTableTests : FakeDynamoTestBase
{
    protected override void Configure(FakeDynamoDBOptions options) => options.TableCreateDelay = TimeSpan.FromSeconds(30);

    [Test]
    public async Task CreateTable_Provisioned_DescribesNewTable()
    {
        var table = (await Client.CreateTableAsync(Provisioned())).TableDescription;

        table.TableName.ShouldBe("Music");
        table.TableStatus.ShouldBe(TableStatus.CREATING);
        table.TableArn.ShouldBe(Arn + "Music");
        Guid.TryParse(table.TableId, out _).ShouldBeTrue();
        table.CreationDateTime.ShouldBe(new DateTime(2026, 3, 1, 12, 0, 0, DateTimeKind.Utc));
        table.ItemCount.ShouldBe(0);
        table.TableSizeBytes.ShouldBe(0);
        table.ProvisionedThroughput.ReadCapacityUnits.ShouldBe(5);
        table.ProvisionedThroughput.WriteCapacityUnits.ShouldBe(5);
        table.ProvisionedThroughput.NumberOfDecreasesToday.ShouldBe(0);
        table.BillingModeSummary.ShouldBeNull();
        table.DeletionProtectionEnabled.ShouldBe(false);
        table.KeySchema.Select(k => (k.AttributeName, k.KeyType.Value)).ShouldBe([("pk", "HASH"), ("sk", "RANGE")]);
    }

    [Test]
    public async Task CreateTable_OnDemandWithGsi_DescribesIndexAndBilling()
    {
        var table = (await Client.CreateTableAsync(OnDemandWithGsi())).TableDescription;

        table.BillingModeSummary.BillingMode.ShouldBe(BillingMode.PAY_PER_REQUEST);
        table.BillingModeSummary.LastUpdateToPayPerRequestDateTime.ShouldBe(table.CreationDateTime);
        table.ProvisionedThroughput.ReadCapacityUnits.ShouldBe(0);
        var gsi = table.GlobalSecondaryIndexes.ShouldHaveSingleItem();
        gsi.IndexName.ShouldBe("byGk");
        gsi.IndexArn.ShouldBe(Arn + "Music/index/byGk");
        gsi.IndexStatus.ShouldBe(IndexStatus.CREATING);
        gsi.IndexSizeBytes.ShouldBe(0);
        gsi.ItemCount.ShouldBe(0);
    }

    [Test]
    public async Task CreateTable_WithLsi_DescribesLocalIndex()
    {
        var request = Provisioned();
        request.AttributeDefinitions.Add(new AttributeDefinition("lk", ScalarAttributeType.N));
        request.LocalSecondaryIndexes = [Lsi("byLk", "pk", "lk")];

        var lsi = (await Client.CreateTableAsync(request)).TableDescription.LocalSecondaryIndexes.ShouldHaveSingleItem();

        lsi.IndexName.ShouldBe("byLk");
        lsi.IndexArn.ShouldBe(Arn + "Music/index/byLk");
        lsi.KeySchema.Select(k => k.AttributeName).ShouldBe(["pk", "lk"]);
        lsi.Projection.ProjectionType.ShouldBe(ProjectionType.KEYS_ONLY);
        lsi.ItemCount.ShouldBe(0);
        lsi.IndexSizeBytes.ShouldBe(0);
    }

    [Test]
    public async Task CreateTable_AfterCreateDelay_BecomesActive()
    {
        await Client.CreateTableAsync(OnDemandWithGsi());

        Clock.Advance(TimeSpan.FromSeconds(29));
        (await Client.DescribeTableAsync("Music")).Table.TableStatus.ShouldBe(TableStatus.CREATING);

        Clock.Advance(TimeSpan.FromSeconds(1));
        var table = (await Client.DescribeTableAsync("Music")).Table;
        table.TableStatus.ShouldBe(TableStatus.ACTIVE);
        table.GlobalSecondaryIndexes[0].IndexStatus.ShouldBe(IndexStatus.ACTIVE);
    }

    [Test]
    public async Task CreateTable_StreamSseClassAndProtection_AreDescribed()
    {
        var request = Provisioned();
        request.StreamSpecification = new StreamSpecification { StreamEnabled = true, StreamViewType = StreamViewType.NEW_IMAGE };
        request.TableClass = TableClass.STANDARD_INFREQUENT_ACCESS;
        request.DeletionProtectionEnabled = true;

        var table = (await Client.CreateTableAsync(request)).TableDescription;

        table.StreamSpecification.StreamViewType.ShouldBe(StreamViewType.NEW_IMAGE);
        table.LatestStreamLabel.ShouldBe("2026-03-01T12:00:00.000");
        table.LatestStreamArn.ShouldBe(Arn + "Music/stream/2026-03-01T12:00:00.000");
        table.TableClassSummary.TableClass.ShouldBe(TableClass.STANDARD_INFREQUENT_ACCESS);
        table.DeletionProtectionEnabled.ShouldBe(true);
    }

    [Test]
    public async Task CreateTable_TableArnAsName_CreatesThatTable()
    {
        var table = (await Client.CreateTableAsync(Provisioned(Arn + "Songs"))).TableDescription;

        table.TableName.ShouldBe("Songs");
        (await Client.DescribeTableAsync(Arn + "Songs")).Table.TableId.ShouldBe(table.TableId);
    }

    [Test]
    public async Task CreateTable_ExistingName_ThrowsResourceInUse()
    {
        var first = (await Client.CreateTableAsync(Provisioned())).TableDescription;

        await ShouldFailAsync<ResourceInUseException>(() => Client.CreateTableAsync(Provisioned()), "ResourceInUseException", "Table already exists: Music");

        (await Client.DescribeTableAsync("Music")).Table.TableId.ShouldBe(first.TableId);
    }

    [Test]
    public async Task CreateTable_RecreatedAfterDelete_GetsNewTableId()
    {
        var first = (await Client.CreateTableAsync(Provisioned())).TableDescription;
        Clock.Advance(TimeSpan.FromSeconds(30));
        await Client.DeleteTableAsync("Music");

        var second = (await Client.CreateTableAsync(Provisioned())).TableDescription;

        second.TableId.ShouldNotBe(first.TableId);
        second.TableArn.ShouldBe(first.TableArn);
    }
}
