using FakeDynamo.Tests.Support;

namespace FakeDynamo.Tests.Items;

public class IndexKeyTests : FakeDynamoTestBase
{
    [SetUp]
    public Task CreateTableWithIndex() =>
        Client.CreateTableAsync(new CreateTableRequest
        {
            TableName = "Music",
            BillingMode = BillingMode.PAY_PER_REQUEST,
            KeySchema = [new KeySchemaElement("pk", KeyType.HASH), new KeySchemaElement("sk", KeyType.RANGE)],
            AttributeDefinitions =
            [
                new AttributeDefinition("pk", ScalarAttributeType.S), new AttributeDefinition("sk", ScalarAttributeType.S),
                new AttributeDefinition("g", ScalarAttributeType.N),
            ],
            GlobalSecondaryIndexes =
            [
                new GlobalSecondaryIndex
                {
                    IndexName = "byG",
                    KeySchema = [new KeySchemaElement("g", KeyType.HASH)],
                    Projection = new Projection { ProjectionType = ProjectionType.ALL },
                },
            ],
        });

    [Test]
    public async Task PutItem_IndexKeyOfWrongType_ThrowsIndexTypeMismatch()
    {
        var item = Key("a", "1");
        item["g"] = new AttributeValue { S = "x" };
        await ShouldFailValidationAsync(() => Client.PutItemAsync("Music", item),
            "One or more parameter values were invalid: Type mismatch for Index Key g Expected: N Actual: S IndexName: byG");
    }

    [Test]
    public async Task PutItem_WithoutIndexKey_Accepted()
    {
        await Client.PutItemAsync("Music", Key("a", "1"));
        (await Client.GetItemAsync("Music", Key("a", "1"))).Item.ShouldNotBeNull();
    }

    [Test]
    public async Task BatchWriteItem_IndexKeyNull_ThrowsIndexTypeMismatch()
    {
        var item = Key("a", "1");
        item["g"] = new AttributeValue { NULL = true };
        await ShouldFailValidationAsync(
            () => Client.BatchWriteItemAsync(new Dictionary<string, List<WriteRequest>> { ["Music"] = [new WriteRequest(new PutRequest(item))] }),
            "One or more parameter values were invalid: Type mismatch for Index Key g Expected: N Actual: NULL IndexName: byG");
    }
}
