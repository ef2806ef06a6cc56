namespace FakeDynamo.Tests.Indexes;

/// <summary>Every write updates every index in the same step: put, overwrite, delete, batch; sparse; counters.</summary>
public class IndexMaintenanceTests : IndexTestBase
{
    private async Task<List<string>> GenreAsync(string genre, string index = "byGenre") =>
        TableKeys((await Client.QueryAsync(IndexQuery(index, "genre = :g", (":g", S(genre))))).Items);

    [Test]
    public async Task PutItem_WithIndexKeys_AppearsInEveryMatchingIndex()
    {
        await PutSongAsync("a", "1", genre: "rock", year: 1970, artist: "x");

        (await GenreAsync("rock")).ShouldBe(["a/1"]);
        (await GenreAsync("rock", "everything")).ShouldBe(["a/1"]);
        TableKeys((await Client.QueryAsync(IndexQuery("byArtist", "artist = :a", (":a", S("x"))))).Items).ShouldBe(["a/1"]);
        TableKeys((await Client.QueryAsync(IndexQuery("byYear", "pk = :p", (":p", S("a"))))).Items).ShouldBe(["a/1"]);
    }

    [Test]
    public async Task PutItem_MissingIndexKey_AbsentFromThatIndexOnly()
    {
        // byGenre needs genre and year; everything needs only genre; byYear needs year.
        await PutSongAsync("a", "1", genre: "rock");

        (await GenreAsync("rock")).ShouldBeEmpty();
        (await GenreAsync("rock", "everything")).ShouldBe(["a/1"]);
        (await Client.ScanAsync(new ScanRequest { TableName = "Music", IndexName = "byYear" })).Count.ShouldBe(0);
        (await Client.ScanAsync(new ScanRequest { TableName = "Music", IndexName = "byArtist" })).Count.ShouldBe(0);
    }

    [Test]
    public async Task PutItem_OverwriteChangesIndexKey_MovesTheEntry()
    {
        await PutSongAsync("a", "1", genre: "rock", year: 1970);
        await PutSongAsync("a", "1", genre: "jazz", year: 1970);

        (await GenreAsync("rock")).ShouldBeEmpty();
        (await GenreAsync("jazz")).ShouldBe(["a/1"]);
    }

    [Test]
    public async Task PutItem_OverwriteDropsIndexKey_LeavesTheIndex()
    {
        await PutSongAsync("a", "1", genre: "rock", year: 1970);
        await PutSongAsync("a", "1", year: 1970);

        (await GenreAsync("rock", "everything")).ShouldBeEmpty();
        (await Client.DescribeTableAsync("Music")).Table.GlobalSecondaryIndexes.Single(i => i.IndexName == "everything").ItemCount.ShouldBe(0);
    }

    [Test]
    public async Task DeleteItem_RemovesFromEveryIndex()
    {
        await PutSongAsync("a", "1", genre: "rock", year: 1970, artist: "x");
        await Client.DeleteItemAsync("Music", Key("a", "1"));

        (await GenreAsync("rock")).ShouldBeEmpty();
        var description = (await Client.DescribeTableAsync("Music")).Table;
        description.GlobalSecondaryIndexes.ShouldAllBe(i => i.ItemCount == 0 && i.IndexSizeBytes == 0);
        description.LocalSecondaryIndexes.Single().ItemCount.ShouldBe(0);
    }

    [Test]
    public async Task BatchWriteItem_PutsAndDeletes_MaintainIndexes()
    {
        await PutSongAsync("a", "1", genre: "rock", year: 1970);
        var song = Key("b", "2");
        song["genre"] = S("rock");
        song["year"] = N("1980");
        await Client.BatchWriteItemAsync(new Dictionary<string, List<WriteRequest>>
        {
            ["Music"] = [new WriteRequest(new PutRequest(song)), new WriteRequest(new DeleteRequest(Key("a", "1")))],
        });

        (await GenreAsync("rock")).ShouldBe(["b/2"]);
    }

    [Test]
    public async Task DescribeTable_IndexCounters_CountProjectedEntries()
    {
        await PutSongAsync("a", "1", genre: "rock", year: 1970, artist: "x", title: "t", extra: "zzzz");
        await PutSongAsync("a", "2", genre: "rock");

        var table = (await Client.DescribeTableAsync("Music")).Table;
        var byGenre = table.GlobalSecondaryIndexes.Single(i => i.IndexName == "byGenre");
        byGenre.ItemCount.ShouldBe(1);

        // INCLUDE title: pk(2+1) sk(2+1) genre(5+4) year(4+3: 1 + two digit pairs) title(5+1) = 28 bytes; extra and artist are not projected.
        byGenre.IndexSizeBytes.ShouldBe(28);
        var everything = table.GlobalSecondaryIndexes.Single(i => i.IndexName == "everything");
        everything.ItemCount.ShouldBe(2);
        everything.IndexSizeBytes.ShouldBe(table.TableSizeBytes);
        table.LocalSecondaryIndexes.Single().ItemCount.ShouldBe(1);
    }

    [Test]
    public async Task PutItem_IndexKeyOfWrongType_ChangesNoIndex()
    {
        await PutSongAsync("a", "1", genre: "rock", year: 1970);
        var item = Key("a", "1");
        item["genre"] = N("1");
        await ShouldFailValidationAsync(() => Client.PutItemAsync("Music", item),
            "One or more parameter values were invalid: Type mismatch for Index Key genre Expected: S Actual: N IndexName: byGenre");

        (await GenreAsync("rock")).ShouldBe(["a/1"]);
    }

    [Test]
    public async Task PutItem_IndexPartitionKeyOver2048Bytes_ThrowsHashKeySize()
    {
        var item = Key("a", "1");
        item["artist"] = S(new string('x', 2049));
        await ShouldFailValidationAsync(() => Client.PutItemAsync("Music", item),
            "One or more parameter values were invalid: Size of hashkey has exceeded the maximum size limit of2048 bytes");
        item["artist"] = S(new string('x', 2048));
        await Client.PutItemAsync("Music", item);
    }

    [Test]
    public async Task PutItem_IndexSortKeyOver1024Bytes_ThrowsRangeKeySize()
    {
        await Client.UpdateTableAsync(new UpdateTableRequest
        {
            TableName = "Music",
            AttributeDefinitions = [new AttributeDefinition("title", ScalarAttributeType.S), new AttributeDefinition("artist", ScalarAttributeType.S)],
            GlobalSecondaryIndexUpdates =
            [
                new GlobalSecondaryIndexUpdate
                {
                    Create = new CreateGlobalSecondaryIndexAction
                    {
                        IndexName = "byTitle",
                        KeySchema = [new KeySchemaElement("artist", KeyType.HASH), new KeySchemaElement("title", KeyType.RANGE)],
                        Projection = new Projection { ProjectionType = ProjectionType.KEYS_ONLY },
                    },
                },
            ],
        });
        var item = Key("a", "1");
        item["title"] = S(new string('x', 1025));
        await ShouldFailValidationAsync(() => Client.PutItemAsync("Music", item),
            "One or more parameter values were invalid: Aggregated size of all range keys has exceeded the size limit of 1024 bytes");
        (await Client.ScanAsync(new ScanRequest { TableName = "Music" })).Count.ShouldBe(0);
    }

    [Test]
    public async Task Snapshot_KeepsItsIndexVersion_WhileTheTableMovesOn()
    {
        await PutSongAsync("a", "1", genre: "rock", year: 1970);
        var now = Clock.GetUtcNow();
        global::FakeDynamo.Storage.StoreState before;
        lock (Account.Gate)
        {
            before = Account.FindTable("Music", now)!.Store.Current;
        }

        await PutSongAsync("a", "2", genre: "rock", year: 1971);
        await Client.DeleteItemAsync("Music", Key("a", "1"));

        before.Index("byGenre")!.Count.ShouldBe(1);
        lock (Account.Gate)
        {
            Account.FindTable("Music", now)!.Store.Current.Index("byGenre")!.Count.ShouldBe(1);
        }
    }
}
