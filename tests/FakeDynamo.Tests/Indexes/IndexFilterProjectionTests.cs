namespace FakeDynamo.Tests.Indexes;

/// <summary>FilterExpression, ProjectionExpression and ConsumedCapacity on index reads (data-plane §5.1, §5.3).</summary>
public class IndexFilterProjectionTests : IndexTestBase
{
    [Test]
    public async Task Query_IndexWithFilter_LimitCountsBeforeTheFilter()
    {
        await PutSongAsync("a", "1", genre: "rock", year: 1970, title: "One");
        await PutSongAsync("b", "1", genre: "rock", year: 1980, title: "Two");
        await PutSongAsync("c", "1", genre: "rock", year: 1990, title: "Three");
        var request = IndexQuery("byGenre", "genre = :g", (":g", S("rock")));
        request.FilterExpression = "title <> :t";
        request.ExpressionAttributeValues[":t"] = S("Two");

        var all = await Client.QueryAsync(request);
        TableKeys(all.Items).ShouldBe(["a/1", "c/1"]);
        all.Count.ShouldBe(2);
        all.ScannedCount.ShouldBe(3);

        request.Limit = 2;
        var first = await Client.QueryAsync(request);
        TableKeys(first.Items).ShouldBe(["a/1"]);
        first.ScannedCount.ShouldBe(2);
        first.LastEvaluatedKey.ShouldNotBeNull();
    }

    [Test]
    public async Task Query_IndexFilterOnIndexKey_ThrowsValidation()
    {
        var request = IndexQuery("byGenre", "genre = :g", (":g", S("rock")));
        request.FilterExpression = "#y > :y";
        request.ExpressionAttributeNames = new Dictionary<string, string> { ["#y"] = "year" };
        request.ExpressionAttributeValues[":y"] = N("1");
        await ShouldFailValidationAsync(
            () => Client.QueryAsync(request),
            "Filter Expression can only contain non-primary key attributes: Primary key attribute: year");
    }

    [Test]
    public async Task Scan_IndexWithProjection_ReturnsOnlyTheProjectedPaths()
    {
        await PutSongAsync("a", "1", genre: "rock", year: 1970, title: "One", extra: "x");
        var response = await Client.ScanAsync(new ScanRequest
        {
            TableName = "Music",
            IndexName = "everything",
            ProjectionExpression = "title, pk",
            ReturnConsumedCapacity = ReturnConsumedCapacity.TOTAL,
        });
        response.Items.ShouldHaveSingleItem().Keys.Order().ShouldBe(["pk", "title"]);
        response.ConsumedCapacity.CapacityUnits.ShouldBe(0.5);
    }
}
