using FakeDynamo.Tests.Support;

namespace FakeDynamo.Tests.Items;

/// <summary>Data-plane §4.7 INDEXES on writes and §4.8 ItemCollectionMetrics on a table with both index kinds.</summary>
public class IndexCapacityTests : FakeDynamoTestBase
{
    [SetUp]
    public Task CreateIndexedTable() => Client.CreateTableAsync(new CreateTableRequest
    {
        TableName = "Indexed",
        BillingMode = BillingMode.PAY_PER_REQUEST,
        KeySchema = [new KeySchemaElement("pk", KeyType.HASH), new KeySchemaElement("sk", KeyType.RANGE)],
        AttributeDefinitions =
        [
            new AttributeDefinition("pk", ScalarAttributeType.S), new AttributeDefinition("sk", ScalarAttributeType.S),
            new AttributeDefinition("g", ScalarAttributeType.S), new AttributeDefinition("l", ScalarAttributeType.S),
        ],
        GlobalSecondaryIndexes = [new GlobalSecondaryIndex { IndexName = "byG", KeySchema = [new KeySchemaElement("g", KeyType.HASH)], Projection = new Projection { ProjectionType = ProjectionType.ALL } }],
        LocalSecondaryIndexes = [new LocalSecondaryIndex { IndexName = "byL", KeySchema = [new KeySchemaElement("pk", KeyType.HASH), new KeySchemaElement("l", KeyType.RANGE)], Projection = new Projection { ProjectionType = ProjectionType.ALL } }],
    });

    private Task<PutItemResponse> Put(string json) => Client.PutItemAsync(new PutItemRequest
    {
        TableName = "Indexed",
        Item = Doc.Map(json),
        ReturnConsumedCapacity = ReturnConsumedCapacity.INDEXES,
        ReturnItemCollectionMetrics = ReturnItemCollectionMetrics.SIZE,
    });

    [Test]
    public async Task PutItem_Indexes_ChargesOnlyIndexesHoldingTheItem()
    {
        var response = await Put("{\"pk\":\"a\",\"sk\":\"b\",\"g\":\"x\"}");
        response.ConsumedCapacity.CapacityUnits.ShouldBe(2.0);
        response.ConsumedCapacity.Table.CapacityUnits.ShouldBe(1.0);
        response.ConsumedCapacity.GlobalSecondaryIndexes.Keys.ShouldBe(["byG"]);
        response.ConsumedCapacity.LocalSecondaryIndexes.ShouldBeNull();
    }

    [Test]
    public async Task PutItem_RemovingIndexKey_ChargesTheIndexToo()
    {
        await Put("{\"pk\":\"a\",\"sk\":\"b\",\"g\":\"x\",\"l\":\"y\"}");
        var response = await Put("{\"pk\":\"a\",\"sk\":\"b\"}");
        response.ConsumedCapacity.CapacityUnits.ShouldBe(3.0);
        response.ConsumedCapacity.LocalSecondaryIndexes["byL"].CapacityUnits.ShouldBe(1.0);
    }

    [Test]
    public async Task PutItem_Size_ReportsItemCollection()
    {
        var metrics = (await Put("{\"pk\":\"a\",\"sk\":\"b\"}")).ItemCollectionMetrics;
        metrics.ItemCollectionKey.Keys.ShouldBe(["pk"]);
        metrics.ItemCollectionKey["pk"].S.ShouldBe("a");
        metrics.SizeEstimateRangeGB.ShouldBe([0.0, 1.0]);
    }
}
