using FakeDynamo.Tests.Support;

namespace FakeDynamo.Tests.Items;

/// <summary>BatchGetItem returns at most 16 MB; the rest comes back in UnprocessedKeys (data-plane §6.1, API example).</summary>
public class BatchGetItemLimitTests : FakeDynamoTestBase
{
    [Test]
    public async Task BatchGetItem_HundredItemsOf300KB_Returns52AndTheRestUnprocessed()
    {
        await CreateTableAsync("Blobs", withSortKey: false);
        var payload = new string('x', 307_200 - 10); // with "pk" (2 + 4 bytes) and "data" (4 bytes): 307,200 bytes
        for (var i = 0; i < 100; i++)
        {
            await Client.PutItemAsync("Blobs", new Dictionary<string, AttributeValue> { ["pk"] = new() { S = $"k{i:D3}" }, ["data"] = new() { S = payload } });
        }

        var keys = Enumerable.Range(0, 100).Select(i => new Dictionary<string, AttributeValue> { ["pk"] = new() { S = $"k{i:D3}" } }).ToList();
        var request = new BatchGetItemRequest
        {
            RequestItems = new Dictionary<string, KeysAndAttributes> { ["Blobs"] = new() { Keys = keys, ConsistentRead = true } },
        };
        var first = await Client.BatchGetItemAsync(request);

        first.Responses["Blobs"].Count.ShouldBe(52);
        var rest = first.UnprocessedKeys["Blobs"];
        rest.Keys.Count.ShouldBe(48);
        rest.ConsistentRead.ShouldBe(true);

        var second = await Client.BatchGetItemAsync(new BatchGetItemRequest { RequestItems = first.UnprocessedKeys });
        second.Responses["Blobs"].Count.ShouldBe(48);
        second.UnprocessedKeys.ShouldBeEmpty();
        first.Responses["Blobs"].Concat(second.Responses["Blobs"]).Select(i => i["pk"].S).Distinct().Count().ShouldBe(100);
    }
}
