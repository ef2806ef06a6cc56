using System.Globalization;

namespace FakeDynamo.Tests.Queries;

public class QueryTests : ReadTestBase
{
    [SetUp]
    public async Task Seed()
    {
        await CreateTableAsync();
        await SeedAsync("a", 10);
        await SeedAsync("b", 3);
    }

    private static List<string> SortKeys(QueryResponse response) => response.Items.Select(i => i["sk"].S).ToList();

    [Test]
    public async Task Query_PartitionOnly_ReturnsItsItemsAscending()
    {
        var response = await Client.QueryAsync(QueryFor("a"));
        SortKeys(response).ShouldBe(Enumerable.Range(1, 10).Select(i => i.ToString("D2", CultureInfo.InvariantCulture)));
        response.Count.ShouldBe(10);
        response.ScannedCount.ShouldBe(10);
        response.LastEvaluatedKey.ShouldBeNull();
    }

    [Test]
    public async Task Query_ScanIndexForwardFalse_ReturnsDescending()
    {
        var request = QueryFor("b");
        request.ScanIndexForward = false;
        SortKeys(await Client.QueryAsync(request)).ShouldBe(["03", "02", "01"]);
    }

    [TestCase("sk = :s", "05", "05")]
    [TestCase("sk < :s", "03", "01,02")]
    [TestCase("sk <= :s", "03", "01,02,03")]
    [TestCase("sk > :s", "08", "09,10")]
    [TestCase("sk >= :s", "08", "08,09,10")]
    [TestCase(":s > sk", "03", "01,02")]
    [TestCase("begins_with(sk, :s)", "1", "10")]
    [TestCase("begins_with(sk, :s)", "0", "01,02,03,04,05,06,07,08,09")]
    public async Task Query_SortKeyOperator_SelectsRange(string condition, string value, string expected)
    {
        SortKeys(await Client.QueryAsync(QueryFor("a", condition, (":s", S(value))))).ShouldBe(expected.Split(','));
    }

    [Test]
    public async Task Query_Between_IsInclusive()
    {
        var response = await Client.QueryAsync(QueryFor("a", "sk BETWEEN :lo AND :hi", (":lo", S("03")), (":hi", S("05"))));
        SortKeys(response).ShouldBe(["03", "04", "05"]);
    }

    [Test]
    public async Task Query_MissingPartition_ReturnsEmptyItemsNotNull()
    {
        var response = await Client.QueryAsync(QueryFor("nobody"));
        response.Items.ShouldNotBeNull();
        response.Items.ShouldBeEmpty();
        response.Count.ShouldBe(0);
    }

    [Test]
    public async Task Query_SelectCount_ItemsNullCountsSet()
    {
        var request = QueryFor("a");
        request.Select = Select.COUNT;
        var response = await Client.QueryAsync(request);
        response.Items.ShouldBeNull();
        response.Count.ShouldBe(10);
        response.ScannedCount.ShouldBe(10);
    }

    [TestCase(true, 3)]
    [TestCase(false, 3)]
    [TestCase(true, 1)]
    [TestCase(false, 4)]
    public async Task Query_LimitPaging_EveryItemExactlyOnce(bool forward, int limit)
    {
        var request = QueryFor("a");
        request.Limit = limit;
        request.ScanIndexForward = forward;
        var pages = await QueryAllPagesAsync(request);
        var keys = pages.SelectMany(SortKeys).ToList();
        var expected = Enumerable.Range(1, 10).Select(i => i.ToString("D2", CultureInfo.InvariantCulture));
        keys.ShouldBe(forward ? expected : expected.Reverse());
        pages.Count.ShouldBe((10 / limit) + 1);
        pages.Take(pages.Count - 1).ShouldAllBe(p => p.Count == limit && p.LastEvaluatedKey != null);
    }

    [Test]
    public async Task Query_LimitEndsExactlyAtLastItem_StillReturnsLastEvaluatedKey()
    {
        var request = QueryFor("a");
        request.Limit = 10;
        var first = await Client.QueryAsync(request);
        first.LastEvaluatedKey.ShouldNotBeNull();
        first.LastEvaluatedKey.Keys.ShouldBe(["pk", "sk"], ignoreOrder: true);
        first.LastEvaluatedKey["sk"].S.ShouldBe("10");

        request.ExclusiveStartKey = first.LastEvaluatedKey;
        var second = await Client.QueryAsync(request);
        second.Items.ShouldBeEmpty();
        second.LastEvaluatedKey.ShouldBeNull();
    }

    [Test]
    public async Task Query_OneMegabytePages_EveryItemOnceAndPagesStopAfterCrossing()
    {
        await SeedAsync("big", 25, payloadBytes: 100_000);
        var pages = await QueryAllPagesAsync(QueryFor("big"));
        pages.Count.ShouldBe(3);
        pages[0].Count.ShouldBe(11); // 10 items are < 1 MB; the 11th crosses it and is included
        pages[0].LastEvaluatedKey.ShouldNotBeNull();
        pages.SelectMany(p => p.Items).Select(i => i["sk"].S).Distinct().Count().ShouldBe(25);
    }

    [Test]
    public async Task Query_NumericSortKey_OrdersNumerically()
    {
        await CreateTypedTableAsync("Nums", "S", "N");
        foreach (var n in new[] { "10", "9", "100", "-1", "1e3", "0.5", "-20" })
        {
            await Client.PutItemAsync("Nums", Values(("pk", S("p")), ("sk", N(n))));
        }

        var response = await Client.QueryAsync(new QueryRequest
        {
            TableName = "Nums", KeyConditionExpression = "pk = :p AND sk > :z",
            ExpressionAttributeValues = Values((":p", S("p")), (":z", N("-1.5"))),
        });
        response.Items.Select(i => i["sk"].N).ShouldBe(["-1", "0.5", "9", "10", "100", "1000"]);
    }

    [Test]
    public async Task Query_StringSortKey_OrdersByUtf8Bytes()
    {
        // U+FFFF sorts before U+1F600 in UTF-8 (code point) order, although its UTF-16 unit is larger.
        foreach (var sk in new[] { "\U0001F600", "\uFFFF", "é", "z", "Z" })
        {
            await PutAsync("Music", "u", sk);
        }

        SortKeys(await Client.QueryAsync(QueryFor("u"))).ShouldBe(["Z", "z", "é", "\uFFFF", "\U0001F600"]);
    }

    [Test]
    public async Task Query_BinarySortKey_OrdersByUnsignedBytes()
    {
        await CreateTypedTableAsync("Bins", "S", "B");
        foreach (var b in new byte[] { 0x80, 0x7F, 0x00, 0xFF })
        {
            await Client.PutItemAsync("Bins", Values(("pk", S("p")), ("sk", new AttributeValue { B = new MemoryStream([b]) })));
        }

        var response = await Client.QueryAsync(new QueryRequest
        {
            TableName = "Bins", KeyConditionExpression = "pk = :p", ExpressionAttributeValues = Values((":p", S("p"))),
        });
        response.Items.Select(i => i["sk"].B.ToArray()[0]).ShouldBe(new byte[] { 0x00, 0x7F, 0x80, 0xFF });
    }

    [Test]
    public async Task Query_NumericPartitionKey_MatchesEquivalentText()
    {
        await CreateTypedTableAsync("NumHash", "N", null);
        await Client.PutItemAsync("NumHash", Values(("pk", N("1000"))));
        var response = await Client.QueryAsync(new QueryRequest
        {
            TableName = "NumHash", KeyConditionExpression = "#k = :v",
            ExpressionAttributeNames = new() { ["#k"] = "pk" }, ExpressionAttributeValues = Values((":v", N("1e3"))),
        });
        response.Items.Single()["pk"].N.ShouldBe("1000");
    }

    [Test]
    public async Task Query_ResponseItems_AreCopies()
    {
        var first = await Client.QueryAsync(QueryFor("b"));
        first.Items[0]["payload"].S = "mutated";
        (await Client.QueryAsync(QueryFor("b"))).Items[0]["payload"].S.ShouldBe("");
    }
}
