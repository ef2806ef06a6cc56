namespace FakeDynamo.Tests.Indexes;

/// <summary>Query and Scan with IndexName: order, projections, Select, LastEvaluatedKey (data-plane §5.1, §5.2).</summary>
public class IndexQueryTests : IndexTestBase
{
    [Test]
    public async Task Query_Gsi_OrdersByIndexSortKeyThenTableKey()
    {
        await PutSongAsync("b", "1", genre: "rock", year: 1980);
        await PutSongAsync("a", "2", genre: "rock", year: 1980);
        await PutSongAsync("c", "1", genre: "rock", year: 1970);
        await PutSongAsync("a", "1", genre: "rock", year: 1980);
        await PutSongAsync("d", "1", genre: "jazz", year: 1960);

        var forward = await Client.QueryAsync(IndexQuery("byGenre", "genre = :g", (":g", S("rock"))));
        TableKeys(forward.Items).ShouldBe(["c/1", "a/1", "a/2", "b/1"]);
        var backward = IndexQuery("byGenre", "genre = :g AND #y >= :y", (":g", S("rock")), (":y", N("1975")));
        backward.ExpressionAttributeNames = new() { ["#y"] = "year" };
        backward.ScanIndexForward = false;
        TableKeys((await Client.QueryAsync(backward)).Items).ShouldBe(["b/1", "a/2", "a/1"]);
    }

    [Test]
    public async Task Query_IncludeProjection_ReturnsKeysAndIncludedAttributesOnly()
    {
        await PutSongAsync("a", "1", genre: "rock", year: 1970, artist: "x", title: "t", extra: "e");

        var item = (await Client.QueryAsync(IndexQuery("byGenre", "genre = :g", (":g", S("rock"))))).Items.Single();
        item.Keys.Order(StringComparer.Ordinal).ShouldBe(["genre", "pk", "sk", "title", "year"]);
        item["title"].S.ShouldBe("t");
    }

    [Test]
    public async Task Query_KeysOnlyProjection_ReturnsIndexAndTableKeys()
    {
        await PutSongAsync("a", "1", genre: "rock", year: 1970, artist: "x", title: "t");

        var gsi = (await Client.QueryAsync(IndexQuery("byArtist", "artist = :a", (":a", S("x"))))).Items.Single();
        gsi.Keys.Order(StringComparer.Ordinal).ShouldBe(["artist", "pk", "sk"]);
        var lsi = (await Client.QueryAsync(IndexQuery("byYear", "pk = :p", (":p", S("a"))))).Items.Single();
        lsi.Keys.Order(StringComparer.Ordinal).ShouldBe(["pk", "sk", "year"]);
    }

    [Test]
    public async Task Query_AllProjection_ReturnsWholeItem()
    {
        await PutSongAsync("a", "1", genre: "rock", year: 1970, artist: "x", title: "t", extra: "e");

        var item = (await Client.QueryAsync(IndexQuery("everything", "genre = :g", (":g", S("rock"))))).Items.Single();
        item.Count.ShouldBe(7);
    }

    [Test]
    public async Task Query_LsiWithSelectAllAttributes_FetchesWholeItemFromTable()
    {
        await PutSongAsync("a", "1", genre: "rock", year: 1970, title: "t");
        var request = IndexQuery("byYear", "pk = :p", (":p", S("a")));
        request.Select = Select.ALL_ATTRIBUTES;
        request.ConsistentRead = true;

        var item = (await Client.QueryAsync(request)).Items.Single();
        item.Keys.Order(StringComparer.Ordinal).ShouldBe(["genre", "pk", "sk", "title", "year"]);
    }

    [Test]
    public async Task Query_GsiWithPartialProjectionAndSelectAllAttributes_ThrowsValidation()
    {
        var request = IndexQuery("byGenre", "genre = :g", (":g", S("rock")));
        request.Select = Select.ALL_ATTRIBUTES;
        await ShouldFailValidationAsync(() => Client.QueryAsync(request),
            "One or more parameter values were invalid: Select type ALL_ATTRIBUTES is not supported for global secondary index byGenre because its projection type is not ALL");
        var scan = new ScanRequest { TableName = "Music", IndexName = "byArtist", Select = Select.ALL_ATTRIBUTES };
        await ShouldFailValidationAsync(() => Client.ScanAsync(scan),
            "One or more parameter values were invalid: Select type ALL_ATTRIBUTES is not supported for global secondary index byArtist because its projection type is not ALL");
    }

    [Test]
    public async Task Query_GsiWithAllProjectionAndSelectAllAttributes_Accepted()
    {
        await PutSongAsync("a", "1", genre: "rock");
        var request = IndexQuery("everything", "genre = :g", (":g", S("rock")));
        request.Select = Select.ALL_ATTRIBUTES;
        (await Client.QueryAsync(request)).Count.ShouldBe(1);
    }

    [Test]
    public async Task Query_SelectCount_ReturnsNoItems()
    {
        await PutSongAsync("a", "1", genre: "rock", year: 1);
        var request = IndexQuery("byGenre", "genre = :g", (":g", S("rock")));
        request.Select = Select.COUNT;
        var response = await Client.QueryAsync(request);
        response.Items.ShouldBeNull();
        response.Count.ShouldBe(1);
    }

    [Test]
    public async Task Query_LimitStopsPage_LastEvaluatedKeyHasIndexAndTableKeys()
    {
        await PutSongAsync("a", "1", genre: "rock", year: 1970);
        await PutSongAsync("a", "2", genre: "rock", year: 1971);
        var request = IndexQuery("byGenre", "genre = :g", (":g", S("rock")));
        request.Limit = 1;

        var key = (await Client.QueryAsync(request)).LastEvaluatedKey;
        key.Keys.Order(StringComparer.Ordinal).ShouldBe(["genre", "pk", "sk", "year"]);
        key["year"].N.ShouldBe("1970");

        var lsi = IndexQuery("byYear", "pk = :p", (":p", S("a")));
        lsi.Limit = 1;
        (await Client.QueryAsync(lsi)).LastEvaluatedKey.Keys.Order(StringComparer.Ordinal).ShouldBe(["pk", "sk", "year"]);
        var hashOnly = IndexQuery("everything", "genre = :g", (":g", S("rock")));
        hashOnly.Limit = 1;
        (await Client.QueryAsync(hashOnly)).LastEvaluatedKey.Keys.Order(StringComparer.Ordinal).ShouldBe(["genre", "pk", "sk"]);
    }

    [Test]
    public async Task Query_GsiOnHashOnlyTable_PagesThroughEveryItemOnce()
    {
        await Client.CreateTableAsync(new CreateTableRequest
        {
            TableName = "Plain",
            BillingMode = BillingMode.PAY_PER_REQUEST,
            KeySchema = [new KeySchemaElement("pk", KeyType.HASH)],
            AttributeDefinitions = [new AttributeDefinition("pk", ScalarAttributeType.N), new AttributeDefinition("g", ScalarAttributeType.S)],
            GlobalSecondaryIndexes = [Gsi("byG", "g", null, new Projection { ProjectionType = ProjectionType.KEYS_ONLY })],
        });
        for (var i = 0; i < 12; i++)
        {
            await Client.PutItemAsync("Plain", new Dictionary<string, AttributeValue> { ["pk"] = N((i * 5 % 12).ToString(System.Globalization.CultureInfo.InvariantCulture)), ["g"] = S("x") });
        }

        foreach (var forward in new[] { true, false })
        {
            var request = new QueryRequest
            {
                TableName = "Plain",
                IndexName = "byG",
                KeyConditionExpression = "g = :g",
                ExpressionAttributeValues = Values((":g", S("x"))),
                Limit = 5,
                ScanIndexForward = forward,
            };
            var pages = await QueryAllPagesAsync(request);
            pages[0].LastEvaluatedKey.Keys.Order(StringComparer.Ordinal).ShouldBe(["g", "pk"]);
            var keys = pages.SelectMany(p => p.Items).Select(i => int.Parse(i["pk"].N, System.Globalization.CultureInfo.InvariantCulture)).ToList();
            keys.ShouldBe(forward ? Enumerable.Range(0, 12).ToList() : Enumerable.Range(0, 12).Reverse().ToList());
        }
    }

    [Test]
    public async Task Scan_Index_ReturnsOnlyIndexedItemsProjected()
    {
        await PutSongAsync("a", "1", genre: "rock", year: 1970, artist: "x", extra: "e");
        await PutSongAsync("b", "1", artist: "y");

        var response = await Client.ScanAsync(new ScanRequest { TableName = "Music", IndexName = "byGenre" });
        response.Items.Single().Keys.Order(StringComparer.Ordinal).ShouldBe(["genre", "pk", "sk", "year"]);
        (await Client.ScanAsync(new ScanRequest { TableName = "Music", IndexName = "byArtist" })).Count.ShouldBe(2);
    }
}
