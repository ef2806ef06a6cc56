namespace FakeDynamo.Tests.Transactions;

/// <summary>TransactWriteItems success paths (data-plane §7.1, §7.3, §4.7, §4.8).</summary>
public class TransactWriteItemsTests : TransactWriteTestBase
{
    [SetUp]
    public Task CreateTables() => CreateBothTablesAsync();

    [Test]
    public async Task TransactWriteItems_AllFourActionsOverTwoTables_AppliesEveryWrite()
    {
        var response = await TransactWriteAsync(
            Put("Music", "new", "1", "fresh", condition: "attribute_not_exists(pk)"),
            Update("Music", "a", "1", "SET plays = :one", (":one", N("1"))),
            Delete("Books", "b", "1", condition: "attribute_exists(pk)"),
            Check("Music", "zz", "9", "attribute_not_exists(pk)"),
            Delete("Books", "never", "1"));

        response.HttpStatusCode.ShouldBe(System.Net.HttpStatusCode.OK);
        response.ConsumedCapacity.ShouldBeNull();
        response.ItemCollectionMetrics.ShouldBeNull();
        Everything().ShouldBe(["Music:a/1=song", "Music:new/1=fresh"]);
        (await Client.GetItemAsync("Music", Key("a", "1"))).Item["plays"].N.ShouldBe("1");
        (await Client.GetItemAsync("Music", Key("zz", "9"))).Item.ShouldBeNull(); // ConditionCheck writes nothing
    }

    [Test]
    public async Task TransactWriteItems_UpdateOfMissingItem_CreatesItLikeUpdateItem()
    {
        await TransactWriteAsync(Update("Books", "c", "2", "ADD n :five", (":five", N("5"))));
        var item = (await Client.GetItemAsync("Books", Key("c", "2"))).Item;
        item["n"].N.ShouldBe("5");
        item.Count.ShouldBe(3);
    }

    [Test]
    public async Task TransactWriteItems_PutReplacesTheWholeItem()
    {
        await PutAsync("Music", "r", "1", ("title", S("t")), ("extra", S("e")));
        await TransactWriteAsync(Put("Music", "r", "1", "replaced"));
        (await Client.GetItemAsync("Music", Key("r", "1"))).Item.Keys.Order().ShouldBe(["pk", "sk", "title"]);
    }

    [Test]
    public async Task TransactWriteItems_ReturnedMembersAndRequestAreNotShared()
    {
        var put = Put("Music", "copy", "1", "before");
        await TransactWriteAsync(put);
        put.Put.Item["title"].S = "mutated";
        Content("Music").ShouldContain("copy/1=before");
    }

    [Test]
    public async Task TransactWriteItems_ConsumedCapacityTotal_TwiceTheWriteUnitsPerTableInRequestOrder()
    {
        var request = new TransactWriteItemsRequest
        {
            TransactItems =
            [
                Put("Books", "big", "1", new string('x', 1500)),           // 2 WCU × 2
                Put("Music", "x", "1", "t"),                             // 1 WCU × 2
                Check("Music", "a", "1", "attribute_exists(pk)"),        // 1 RCU × 2 (decision)
                Delete("Books", "b", "1"),                               // 1 WCU × 2
            ],
            ReturnConsumedCapacity = ReturnConsumedCapacity.TOTAL,
        };

        var response = await Client.TransactWriteItemsAsync(request);

        response.ConsumedCapacity.Select(c => c.TableName).ShouldBe(["Books", "Music"]);
        response.ConsumedCapacity[0].CapacityUnits.ShouldBe(6.0);
        response.ConsumedCapacity[1].CapacityUnits.ShouldBe(4.0);
        response.ConsumedCapacity[0].Table.ShouldBeNull();
        response.ConsumedCapacity[0].WriteCapacityUnits.ShouldBeNull();
    }

    [Test]
    public async Task TransactWriteItems_ConsumedCapacityIndexes_HasTableMember()
    {
        var response = await Client.TransactWriteItemsAsync(new TransactWriteItemsRequest
        {
            TransactItems = [Put("Music", "x", "1", "t")],
            ReturnConsumedCapacity = ReturnConsumedCapacity.INDEXES,
        });

        response.ConsumedCapacity.Single().Table.CapacityUnits.ShouldBe(2.0);
        response.ConsumedCapacity.Single().CapacityUnits.ShouldBe(2.0);
        response.ConsumedCapacity.Single().GlobalSecondaryIndexes.ShouldBeNull();
    }

    [Test]
    public async Task TransactWriteItems_ItemCollectionMetricsOnTablesWithoutLsi_Absent()
    {
        var response = await Client.TransactWriteItemsAsync(new TransactWriteItemsRequest
        {
            TransactItems = [Put("Music", "x", "1", "t")],
            ReturnItemCollectionMetrics = ReturnItemCollectionMetrics.SIZE,
        });

        response.ItemCollectionMetrics.ShouldBeNull();
    }
}
