using System.Collections.Concurrent;
using System.Globalization;
using FakeDynamo.Tests.Support;

namespace FakeDynamo.Tests.Items;

public class ItemConcurrencyTests : FakeDynamoTestBase
{
    [Test]
    public async Task ParallelWritersAndReaders_OneClient_CountsAndItemsConsistent()
    {
        await CreateTableAsync();
        const int Writers = 8;
        const int PerWriter = 200;
        var inconsistent = new ConcurrentBag<string>();

        // Every item carries its key twice (pk/sk and copy) plus a version; a torn read would show a mismatch.
        await Parallel.ForEachAsync(Enumerable.Range(0, Writers * 2), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (worker, ct) =>
        {
            for (var i = 0; i < PerWriter; i++)
            {
                var pk = $"w{worker % Writers}";
                var sk = i.ToString("D4", CultureInfo.InvariantCulture);
                if (worker < Writers)
                {
                    await Client.PutItemAsync("Music", new Dictionary<string, AttributeValue>
                    {
                        ["pk"] = new() { S = pk }, ["sk"] = new() { S = sk }, ["copy"] = new() { S = pk + "/" + sk },
                        ["payload"] = new() { L = Enumerable.Range(0, 5).Select(n => new AttributeValue { N = (n + i).ToString(CultureInfo.InvariantCulture) }).ToList() },
                    }, ct);
                }
                else
                {
                    var item = (await Client.GetItemAsync("Music", Key(pk, sk), ct)).Item;
                    if (item is not null && (item["copy"].S != pk + "/" + sk || item["payload"].L.Count != 5))
                    {
                        inconsistent.Add(pk + "/" + sk);
                    }

                    var page = await Client.QueryAsync(new QueryRequest
                    {
                        TableName = "Music", KeyConditionExpression = "pk = :p",
                        ExpressionAttributeValues = new() { [":p"] = new() { S = pk } },
                    }, ct);
                    if (page.Items.Any(it => it["copy"].S != it["pk"].S + "/" + it["sk"].S))
                    {
                        inconsistent.Add("query " + pk);
                    }
                }
            }
        });

        inconsistent.ShouldBeEmpty();
        var all = await Client.ScanAsync(new ScanRequest { TableName = "Music" });
        all.Count.ShouldBe(Writers * PerWriter);
        all.Items.Select(i => i["copy"].S).Distinct().Count().ShouldBe(Writers * PerWriter);
    }

    [Test]
    public async Task ParallelBatchWritesAndDeletes_OneClient_FinalStateExact()
    {
        await CreateTableAsync();
        await Parallel.ForEachAsync(Enumerable.Range(0, 40), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (batch, ct) =>
        {
            var writes = Enumerable.Range(0, 25).Select(i => new WriteRequest(new PutRequest(Key($"b{batch}", i.ToString("D2", CultureInfo.InvariantCulture))))).ToList();
            await Client.BatchWriteItemAsync(new Dictionary<string, List<WriteRequest>> { ["Music"] = writes }, ct);
            if (batch % 2 == 0)
            {
                await Client.DeleteItemAsync("Music", Key($"b{batch}", "00"), ct);
            }
        });

        (await Client.ScanAsync(new ScanRequest { TableName = "Music", Select = Select.COUNT })).Count.ShouldBe(40 * 25 - 20);
    }
}
