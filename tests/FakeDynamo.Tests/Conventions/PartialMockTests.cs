using Amazon.Runtime;
using Moq;

namespace FakeDynamo.Tests.Conventions;

/// <summary>A partial mock of the fake overrides one call while every other call keeps the fake's behaviour.</summary>
public class PartialMockTests
{
    [Test]
    public async Task PartialMock_OneOperationOverridden_OthersKeepRealBehaviour()
    {
        var mock = new Mock<FakeDynamoDBClient>(new FakeDynamoDBOptions { TimeProvider = new ManualTimeProvider() }) { CallBase = true };
        mock.Setup(c => c.GetItemAsync(It.IsAny<GetItemRequest>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new ProvisionedThroughputExceededException("Slow down", null, ErrorType.Unknown, "ProvisionedThroughputExceededException", "REQ", System.Net.HttpStatusCode.BadRequest));
        IAmazonDynamoDB client = mock.Object;

        await client.CreateTableAsync(new CreateTableRequest
        {
            TableName = "Orders",
            BillingMode = BillingMode.PAY_PER_REQUEST,
            KeySchema = [new KeySchemaElement("pk", KeyType.HASH)],
            AttributeDefinitions = [new AttributeDefinition("pk", ScalarAttributeType.S)],
        });
        await client.PutItemAsync("Orders", new Dictionary<string, AttributeValue> { ["pk"] = new() { S = "o-1" } });

        await Should.ThrowAsync<ProvisionedThroughputExceededException>(
            () => client.GetItemAsync("Orders", new Dictionary<string, AttributeValue> { ["pk"] = new() { S = "o-1" } }));
        var described = await client.DescribeTableAsync("Orders");
        described.Table.ItemCount.ShouldBe(1);
    }
}
