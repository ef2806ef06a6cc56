namespace FakeDynamo.Tests.Indexes;

/// <summary>UpdateItem maintains every index in the same step as the item (data-plane §2.7, issue 6).</summary>
public class IndexUpdateItemTests : IndexTestBase
{
    private Task UpdateAsync(string pk, string sk, string expression, Dictionary<string, AttributeValue>? values = null, Dictionary<string, string>? names = null) =>
        Client.UpdateItemAsync(new UpdateItemRequest
        {
            TableName = "Music",
            Key = Key(pk, sk),
            UpdateExpression = expression,
            ExpressionAttributeValues = values,
            ExpressionAttributeNames = names,
        });

    [Test]
    public async Task UpdateItem_SetsRemovesAndChangesIndexKeys_IndexesFollow()
    {
        await PutSongAsync("a", "1", genre: "rock", year: 1970, title: "One");

        // Change the GSI partition key: the entry moves from rock to jazz.
        await UpdateAsync("a", "1", "SET genre = :g", new() { [":g"] = S("jazz") });
        (await Client.QueryAsync(IndexQuery("byGenre", "genre = :g", (":g", S("rock"))))).Items.ShouldBeEmpty();
        TableKeys((await Client.QueryAsync(IndexQuery("byGenre", "genre = :g", (":g", S("jazz"))))).Items).ShouldBe(["a/1"]);

        // Update a projected attribute: the INCLUDE projection shows the new value.
        await UpdateAsync("a", "1", "SET title = :t", new() { [":t"] = S("Uno") });
        (await Client.QueryAsync(IndexQuery("byGenre", "genre = :g", (":g", S("jazz"))))).Items.ShouldHaveSingleItem()["title"].S.ShouldBe("Uno");

        // Remove an index key: the item leaves that (sparse) index.
        await UpdateAsync("a", "1", "REMOVE #y", names: new() { ["#y"] = "year" });
        (await Client.QueryAsync(IndexQuery("byGenre", "genre = :g", (":g", S("jazz"))))).Items.ShouldBeEmpty();
        (await Client.QueryAsync(IndexQuery("everything", "genre = :g", (":g", S("jazz"))))).Items.ShouldHaveSingleItem();

        // Create an item through UpdateItem: it enters the indexes it qualifies for.
        await UpdateAsync("b", "2", "SET artist = :a", new() { [":a"] = S("Abba") });
        TableKeys((await Client.QueryAsync(IndexQuery("byArtist", "artist = :a", (":a", S("Abba"))))).Items).ShouldBe(["b/2"]);
        var description = (await Client.DescribeTableAsync("Music")).Table;
        description.GlobalSecondaryIndexes.Single(i => i.IndexName == "byArtist").ItemCount.ShouldBe(1);
        description.GlobalSecondaryIndexes.Single(i => i.IndexName == "byGenre").ItemCount.ShouldBe(0);
    }
}
