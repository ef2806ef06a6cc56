using FakeDynamo.Tests.Support;
using static FakeDynamo.Tests.Tables.TableRequests;

namespace FakeDynamo.Tests.Tables;

/// <summary>Transitions on the manual clock with non-zero delays, and the ResourceInUse answers while a table is busy.</summary>
public class TableLifecycleTests : FakeDynamoTestBase
{
    protected override void Configure(FakeDynamoDBOptions options)
    {
        options.TableCreateDelay = TimeSpan.FromSeconds(10);
        options.TableUpdateDelay = TimeSpan.FromSeconds(20);
        options.TableDeleteDelay = TimeSpan.FromSeconds(30);
        options.IndexCreateDelay = TimeSpan.FromSeconds(40);
    }

    [Test]
    public async Task DeleteTable_WhileCreating_ThrowsResourceInUse()
    {
        await Client.CreateTableAsync(Provisioned());

        await ShouldFailAsync<ResourceInUseException>(() => Client.DeleteTableAsync("Music"),
            "ResourceInUseException", "Attempt to change a resource which is still in use: Table is being created: Music");
    }

    [Test]
    public async Task DeleteTable_AfterDeleteDelay_TableDisappears()
    {
        await Client.CreateTableAsync(Provisioned());
        Clock.Advance(TimeSpan.FromSeconds(10));
        await Client.DeleteTableAsync("Music");

        Clock.Advance(TimeSpan.FromSeconds(29));
        (await Client.DescribeTableAsync("Music")).Table.TableStatus.ShouldBe(TableStatus.DELETING);
        (await Client.ListTablesAsync(new ListTablesRequest())).TableNames.ShouldBe(["Music"]);
        await ShouldFailAsync<ResourceInUseException>(() => Client.DeleteTableAsync("Music"),
            "ResourceInUseException", "Attempt to change a resource which is still in use: Table is being deleted: Music");

        Clock.Advance(TimeSpan.FromSeconds(1));
        await ShouldFailAsync<ResourceNotFoundException>(() => Client.DescribeTableAsync("Music"),
            "ResourceNotFoundException", "Requested resource not found: Table: Music not found");
    }

    [Test]
    public async Task UpdateTable_AfterUpdateDelay_BecomesActive()
    {
        await Client.CreateTableAsync(Provisioned());
        Clock.Advance(TimeSpan.FromSeconds(10));

        var updated = (await Client.UpdateTableAsync("Music", new ProvisionedThroughput(10, 10))).TableDescription;

        updated.TableStatus.ShouldBe(TableStatus.UPDATING);
        Clock.Advance(TimeSpan.FromSeconds(19));
        (await Client.DescribeTableAsync("Music")).Table.TableStatus.ShouldBe(TableStatus.UPDATING);
        await ShouldFailAsync<ResourceInUseException>(() => Client.UpdateTableAsync("Music", new ProvisionedThroughput(20, 20)),
            "ResourceInUseException", "Attempt to change a resource which is still in use: Table is being updated: Music");
        Clock.Advance(TimeSpan.FromSeconds(1));
        (await Client.DescribeTableAsync("Music")).Table.TableStatus.ShouldBe(TableStatus.ACTIVE);
    }

    [Test]
    public async Task UpdateTable_WhileCreating_ThrowsResourceInUse()
    {
        await Client.CreateTableAsync(Provisioned());

        await ShouldFailAsync<ResourceInUseException>(() => Client.UpdateTableAsync("Music", new ProvisionedThroughput(10, 10)),
            "ResourceInUseException", "Attempt to change a resource which is still in use: Table is being created: Music");
    }

    [Test]
    public async Task UpdateTable_NewGsi_BackfillsUntilIndexCreateDelay()
    {
        await Client.CreateTableAsync(OnDemandWithGsi());
        Clock.Advance(TimeSpan.FromSeconds(10));

        var response = await Client.UpdateTableAsync(new UpdateTableRequest
        {
            TableName = "Music",
            AttributeDefinitions = [new AttributeDefinition("hk", ScalarAttributeType.N)],
            GlobalSecondaryIndexUpdates = [CreateGsi("byHk", "hk")],
        });

        var created = response.TableDescription.GlobalSecondaryIndexes.Single(i => i.IndexName == "byHk");
        created.IndexStatus.ShouldBe(IndexStatus.CREATING);
        created.Backfilling.ShouldBe(true);
        Clock.Advance(TimeSpan.FromSeconds(39));
        var during = (await Client.DescribeTableAsync("Music")).Table;
        during.TableStatus.ShouldBe(TableStatus.ACTIVE);
        during.GlobalSecondaryIndexes.Single(i => i.IndexName == "byHk").Backfilling.ShouldBe(true);
        during.GlobalSecondaryIndexes.Single(i => i.IndexName == "byHk").IndexStatus.ShouldBe(IndexStatus.CREATING);

        Clock.Advance(TimeSpan.FromSeconds(1));
        var after = (await Client.DescribeTableAsync("Music")).Table.GlobalSecondaryIndexes.Single(i => i.IndexName == "byHk");
        after.IndexStatus.ShouldBe(IndexStatus.ACTIVE);
        after.Backfilling.ShouldBeNull();
        after.KeySchema.ShouldHaveSingleItem().AttributeName.ShouldBe("hk");
    }

    [Test]
    public async Task UpdateTable_SecondIndexWhileBackfilling_ThrowsLimitExceededUntilDone()
    {
        await Client.CreateTableAsync(OnDemandWithGsi());
        Clock.Advance(TimeSpan.FromSeconds(10));
        await Client.UpdateTableAsync(new UpdateTableRequest
        {
            TableName = "Music",
            AttributeDefinitions = [new AttributeDefinition("hk", ScalarAttributeType.S)],
            GlobalSecondaryIndexUpdates = [CreateGsi("byHk", "hk")],
        });
        Clock.Advance(TimeSpan.FromSeconds(20));

        await ShouldFailAsync<LimitExceededException>(() => Client.UpdateTableAsync(new UpdateTableRequest { TableName = "Music", GlobalSecondaryIndexUpdates = [DeleteGsi("byGk")] }),
            "LimitExceededException", "Subscriber limit exceeded: Only 1 online index can be created or deleted simultaneously per table");

        Clock.Advance(TimeSpan.FromSeconds(20));
        (await Client.UpdateTableAsync(new UpdateTableRequest { TableName = "Music", GlobalSecondaryIndexUpdates = [DeleteGsi("byGk")] }))
            .TableDescription.GlobalSecondaryIndexes.Single(i => i.IndexName == "byGk").IndexStatus.ShouldBe(IndexStatus.DELETING);
    }

    [Test]
    public async Task UpdateTable_DeleteGsi_ShowsDeletingThenGone()
    {
        await Client.CreateTableAsync(OnDemandWithGsi());
        Clock.Advance(TimeSpan.FromSeconds(10));

        await Client.UpdateTableAsync(new UpdateTableRequest { TableName = "Music", GlobalSecondaryIndexUpdates = [DeleteGsi("byGk")] });

        Clock.Advance(TimeSpan.FromSeconds(19));
        (await Client.DescribeTableAsync("Music")).Table.GlobalSecondaryIndexes.ShouldHaveSingleItem().IndexStatus.ShouldBe(IndexStatus.DELETING);
        Clock.Advance(TimeSpan.FromSeconds(1));
        var table = (await Client.DescribeTableAsync("Music")).Table;
        table.GlobalSecondaryIndexes.ShouldBeNull();
        table.AttributeDefinitions.Select(a => a.AttributeName).ShouldBe(["pk", "sk"]);
    }
}
