using FakeDynamo.Tests.Indexes;

namespace FakeDynamo.Tests.Transactions;

/// <summary>Secondary indexes follow a transaction's writes (through the one commit path), and index-key rules apply.</summary>
public class TransactWriteIndexTests : IndexTestBase
{
    private static TransactWriteItem Song(string pk, string sk, string genre, string year) => new()
    {
        Put = new Put
        {
            TableName = "Music",
            Item = new() { ["pk"] = S(pk), ["sk"] = S(sk), ["genre"] = S(genre), ["year"] = N(year), ["title"] = S(pk + sk) },
        },
    };

    [Test]
    public async Task TransactWriteItems_PutUpdateDelete_MaintainEveryIndex()
    {
        await PutSongAsync("old", "1", genre: "rock", year: 1990);
        await PutSongAsync("move", "1", genre: "rock", year: 1991);

        await Client.TransactWriteItemsAsync(new TransactWriteItemsRequest
        {
            TransactItems =
            [
                Song("new", "1", "rock", "2000"),
                new TransactWriteItem
                {
                    Update = new Update
                    {
                        TableName = "Music",
                        Key = Key("move", "1"),
                        UpdateExpression = "SET genre = :jazz",
                        ExpressionAttributeValues = new() { [":jazz"] = S("jazz") },
                    },
                },
                new TransactWriteItem { Delete = new Delete { TableName = "Music", Key = Key("old", "1") } },
            ],
        });

        TableKeys((await Client.QueryAsync(IndexQuery("byGenre", "genre = :g", (":g", S("rock"))))).Items).ShouldBe(["new/1"]);
        TableKeys((await Client.QueryAsync(IndexQuery("byGenre", "genre = :g", (":g", S("jazz"))))).Items).ShouldBe(["move/1"]);
        TableKeys((await Client.QueryAsync(IndexQuery("byYear", "pk = :p", (":p", S("new"))))).Items).ShouldBe(["new/1"]);
        (await Client.QueryAsync(IndexQuery("byYear", "pk = :p", (":p", S("old"))))).Items.ShouldBeEmpty();
    }

    [Test]
    public async Task TransactWriteItems_CancelledTransaction_LeavesIndexesUntouched()
    {
        await PutSongAsync("held", "1", genre: "rock", year: 1990);
        var guarded = Song("held", "2", "rock", "2001");
        guarded.Put.ConditionExpression = "attribute_exists(pk)";

        await Should.ThrowAsync<TransactionCanceledException>(() =>
            Client.TransactWriteItemsAsync(new TransactWriteItemsRequest { TransactItems = [Song("other", "1", "rock", "1999"), guarded] }));

        TableKeys((await Client.QueryAsync(IndexQuery("byGenre", "genre = :g", (":g", S("rock"))))).Items).ShouldBe(["held/1"]);
    }

    [Test]
    public async Task TransactWriteItems_IndexKeyOfWrongType_IsValidationErrorReason()
    {
        var bad = Song("x", "1", "rock", "1");
        bad.Put.Item["year"] = S("not a number");

        var error = await Should.ThrowAsync<TransactionCanceledException>(() =>
            Client.TransactWriteItemsAsync(new TransactWriteItemsRequest { TransactItems = [Song("y", "1", "pop", "2000"), bad] }));

        error.Message.ShouldBe("Transaction cancelled, please refer cancellation reasons for specific reasons [None, ValidationError]");
        error.CancellationReasons[1].Message.ShouldBe("One or more parameter values were invalid: Type mismatch for Index Key year Expected: N Actual: S IndexName: byGenre");
        (await Client.GetItemAsync("Music", Key("y", "1"))).Item.ShouldBeNull();
    }

    [Test]
    public async Task TransactWriteItems_EmptyIndexKeyString_IsWholeRequestValidationError()
    {
        var bad = Song("x", "1", "", "1");
        await ShouldFailValidationAsync(() => Client.TransactWriteItemsAsync(new TransactWriteItemsRequest { TransactItems = [bad] }),
            "One or more parameter values are not valid. A value specified for a secondary index key is not supported. The AttributeValue for a key attribute cannot contain an empty string value. IndexName: byGenre, IndexKey: genre");
    }

    [Test]
    public async Task TransactWriteItems_CapacityIndexesAndCollectionMetrics_ChargeTouchedIndexesTwice()
    {
        var response = await Client.TransactWriteItemsAsync(new TransactWriteItemsRequest
        {
            TransactItems = [Song("cap", "1", "rock", "2000")],
            ReturnConsumedCapacity = ReturnConsumedCapacity.INDEXES,
            ReturnItemCollectionMetrics = ReturnItemCollectionMetrics.SIZE,
        });

        var capacity = response.ConsumedCapacity.Single();
        capacity.Table.CapacityUnits.ShouldBe(2.0);
        capacity.GlobalSecondaryIndexes.Keys.Order().ShouldBe(["byGenre", "everything"]);
        capacity.GlobalSecondaryIndexes["byGenre"].CapacityUnits.ShouldBe(2.0);
        capacity.LocalSecondaryIndexes["byYear"].CapacityUnits.ShouldBe(2.0);
        capacity.CapacityUnits.ShouldBe(8.0);
        var metrics = response.ItemCollectionMetrics["Music"].Single();
        metrics.ItemCollectionKey["pk"].S.ShouldBe("cap");
        metrics.SizeEstimateRangeGB.ShouldBe([0.0, 1.0]);
    }
}
