using FakeDynamo.Tests.Support;

namespace FakeDynamo.Tests.Items;

/// <summary>Data-plane §4.7, §4.8: units by the service's rules and the TOTAL / INDEXES shapes.</summary>
public class ConsumedCapacityTests : FakeDynamoTestBase
{
    [SetUp]
    public Task CreateTable() => CreateTableAsync();

    /// <summary>An item of exactly <paramref name="size"/> bytes: pk (2+1), sk (2+1) and v (1 + the rest).</summary>
    private static Dictionary<string, AttributeValue> ItemOfSize(string sk, int size)
    {
        var item = Key("a", sk);
        item["v"] = new AttributeValue { S = new string('x', size - 7) };
        return item;
    }

    [TestCase(1024, 1.0)]
    [TestCase(1025, 2.0)]
    [TestCase(5000, 5.0)]
    public async Task PutItem_Total_WriteUnitsPerKilobyte(int size, double units)
    {
        var response = await Client.PutItemAsync(new PutItemRequest { TableName = "Music", Item = ItemOfSize("b", size), ReturnConsumedCapacity = ReturnConsumedCapacity.TOTAL });
        response.ConsumedCapacity.TableName.ShouldBe("Music");
        response.ConsumedCapacity.CapacityUnits.ShouldBe(units);
        response.ConsumedCapacity.Table.ShouldBeNull();
        response.ConsumedCapacity.WriteCapacityUnits.ShouldBeNull();
    }

    [Test]
    public async Task PutItem_Overwrite_ChargesTheLargerImage()
    {
        await Client.PutItemAsync("Music", ItemOfSize("b", 3000));
        var response = await Client.PutItemAsync(new PutItemRequest { TableName = "Music", Item = ItemOfSize("b", 10), ReturnConsumedCapacity = ReturnConsumedCapacity.INDEXES });
        response.ConsumedCapacity.CapacityUnits.ShouldBe(3.0);
        response.ConsumedCapacity.Table.CapacityUnits.ShouldBe(3.0);
        response.ConsumedCapacity.GlobalSecondaryIndexes.ShouldBeNull();
    }

    [Test]
    public async Task DeleteItem_MissingItem_OneUnit()
    {
        var response = await Client.DeleteItemAsync(new DeleteItemRequest { TableName = "Music", Key = Key("a", "b"), ReturnConsumedCapacity = ReturnConsumedCapacity.TOTAL });
        response.ConsumedCapacity.CapacityUnits.ShouldBe(1.0);
    }

    [Test]
    public async Task UpdateItem_MissingItem_ChargesNewItem()
    {
        var response = await Client.UpdateItemAsync(new UpdateItemRequest
        {
            TableName = "Music",
            Key = Key("a", "b"),
            UpdateExpression = "SET v = :v",
            ExpressionAttributeValues = new() { [":v"] = new AttributeValue { S = new string('x', 2000) } },
            ReturnConsumedCapacity = ReturnConsumedCapacity.TOTAL,
        });
        response.ConsumedCapacity.CapacityUnits.ShouldBe(2.0);
    }

    [TestCase(true, 2.0)]
    [TestCase(false, 1.0)]
    public async Task GetItem_ReadUnitsPer4KB_HalvedWhenEventual(bool consistent, double units)
    {
        await Client.PutItemAsync("Music", ItemOfSize("b", 5000));
        var response = await Client.GetItemAsync(new GetItemRequest { TableName = "Music", Key = Key("a", "b"), ConsistentRead = consistent, ReturnConsumedCapacity = ReturnConsumedCapacity.TOTAL, ProjectionExpression = "pk" });
        response.ConsumedCapacity.CapacityUnits.ShouldBe(units);
    }

    [Test]
    public async Task GetItem_MissingItem_StillOneUnit()
    {
        var response = await Client.GetItemAsync(new GetItemRequest { TableName = "Music", Key = Key("a", "b"), ReturnConsumedCapacity = ReturnConsumedCapacity.INDEXES });
        response.ConsumedCapacity.CapacityUnits.ShouldBe(0.5);
        response.ConsumedCapacity.Table.CapacityUnits.ShouldBe(0.5);
    }

    [Test]
    public async Task Query_SumsEvaluatedItemsBeforeFilter()
    {
        await Client.PutItemAsync("Music", ItemOfSize("1", 3000));
        await Client.PutItemAsync("Music", ItemOfSize("2", 3000));
        var response = await Client.QueryAsync(new QueryRequest
        {
            TableName = "Music",
            KeyConditionExpression = "pk = :a",
            FilterExpression = "attribute_not_exists(v)",
            ExpressionAttributeValues = new() { [":a"] = new AttributeValue { S = "a" } },
            ConsistentRead = true,
            ReturnConsumedCapacity = ReturnConsumedCapacity.TOTAL,
        });
        response.Count.ShouldBe(0);
        response.ConsumedCapacity.CapacityUnits.ShouldBe(2.0);
    }

    [Test]
    public async Task Scan_EmptyTable_HalfUnit()
    {
        var response = await Client.ScanAsync(new ScanRequest { TableName = "Music", ReturnConsumedCapacity = ReturnConsumedCapacity.TOTAL });
        response.ConsumedCapacity.CapacityUnits.ShouldBe(0.5);
    }

    [Test]
    public async Task Batches_ReportPerTable()
    {
        var write = await Client.BatchWriteItemAsync(new BatchWriteItemRequest
        {
            RequestItems = new() { ["Music"] = [new WriteRequest(new PutRequest(ItemOfSize("1", 1500))), new WriteRequest(new PutRequest(ItemOfSize("2", 10)))] },
            ReturnConsumedCapacity = ReturnConsumedCapacity.TOTAL,
        });
        write.ConsumedCapacity.Single().CapacityUnits.ShouldBe(3.0);
        var read = await Client.BatchGetItemAsync(new BatchGetItemRequest
        {
            RequestItems = new() { ["Music"] = new KeysAndAttributes { Keys = [Key("a", "1"), Key("a", "2"), Key("a", "3")] } },
            ReturnConsumedCapacity = ReturnConsumedCapacity.TOTAL,
        });
        read.ConsumedCapacity.Single().TableName.ShouldBe("Music");
        read.ConsumedCapacity.Single().CapacityUnits.ShouldBe(1.5);
    }

    [Test]
    public async Task ItemCollectionMetrics_TableWithoutLocalIndex_Absent()
    {
        var response = await Client.PutItemAsync(new PutItemRequest { TableName = "Music", Item = Key("a", "b"), ReturnItemCollectionMetrics = ReturnItemCollectionMetrics.SIZE });
        response.ItemCollectionMetrics.ShouldBeNull();
    }
}
