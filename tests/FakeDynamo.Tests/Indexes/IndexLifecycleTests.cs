namespace FakeDynamo.Tests.Indexes;

/// <summary>Index content across UpdateTable (backfill, delete), backups and restores (data-plane §8.4).</summary>
public class IndexLifecycleTests : IndexTestBase
{
    protected override void Configure(FakeDynamoDBOptions options) => options.IndexCreateDelay = TimeSpan.FromMinutes(5);

    private Task AddMoodIndexAsync() =>
        Client.UpdateTableAsync(new UpdateTableRequest
        {
            TableName = "Music",
            AttributeDefinitions = [new AttributeDefinition("mood", ScalarAttributeType.S)],
            GlobalSecondaryIndexUpdates =
            [
                new GlobalSecondaryIndexUpdate
                {
                    Create = new CreateGlobalSecondaryIndexAction
                    {
                        IndexName = "byMood",
                        KeySchema = [new KeySchemaElement("mood", KeyType.HASH)],
                        Projection = new Projection { ProjectionType = ProjectionType.KEYS_ONLY },
                    },
                },
            ],
        });

    [Test]
    public async Task UpdateTable_NewGsi_BackfillsExistingItemsAndFollowsLaterWrites()
    {
        await PutAsync("Music", "a", "1", ("mood", S("calm")));
        await PutAsync("Music", "b", "1", ("mood", S("calm")));
        await PutAsync("Music", "c", "1");
        await AddMoodIndexAsync();
        await PutAsync("Music", "d", "1", ("mood", S("calm")));
        await Client.DeleteItemAsync("Music", Key("a", "1"));
        Clock.Advance(TimeSpan.FromMinutes(5));

        var items = (await Client.QueryAsync(IndexQuery("byMood", "mood = :m", (":m", S("calm"))))).Items;
        TableKeys(items).ShouldBe(["b/1", "d/1"]);
        var index = (await Client.DescribeTableAsync("Music")).Table.GlobalSecondaryIndexes.Single(i => i.IndexName == "byMood");
        index.ItemCount.ShouldBe(2);
        index.IndexSizeBytes!.Value.ShouldBeGreaterThan(0);
    }

    [Test]
    public async Task Query_GsiStillBackfilling_ThrowsValidation()
    {
        await AddMoodIndexAsync();
        Clock.Advance(TimeSpan.FromMinutes(5) - TimeSpan.FromTicks(1));

        await ShouldFailValidationAsync(() => Client.QueryAsync(IndexQuery("byMood", "mood = :m", (":m", S("calm")))),
            "Cannot read from backfilling global secondary index");
        await ShouldFailValidationAsync(() => Client.ScanAsync(new ScanRequest { TableName = "Music", IndexName = "byMood" }),
            "Cannot read from backfilling global secondary index");
    }

    [Test]
    public async Task UpdateTable_DeletedGsi_IsNoLongerReadable()
    {
        await PutSongAsync("a", "1", genre: "rock");
        await Client.UpdateTableAsync(new UpdateTableRequest
        {
            TableName = "Music",
            GlobalSecondaryIndexUpdates = [new GlobalSecondaryIndexUpdate { Delete = new DeleteGlobalSecondaryIndexAction { IndexName = "everything" } }],
        });

        await ShouldFailValidationAsync(() => Client.QueryAsync(IndexQuery("everything", "genre = :g", (":g", S("rock")))),
            "The table does not have the specified index: everything");
        (await Client.QueryAsync(IndexQuery("byGenre", "genre = :g", (":g", S("rock"))))).Count.ShouldBe(0);
    }

    [Test]
    public async Task RestoreTableFromBackup_KeepsIndexContent()
    {
        await PutSongAsync("a", "1", genre: "rock", year: 1970);
        var arn = (await Client.CreateBackupAsync(new CreateBackupRequest { TableName = "Music", BackupName = "nightly" })).BackupDetails.BackupArn;
        await PutSongAsync("a", "2", genre: "rock", year: 1971);
        await Client.RestoreTableFromBackupAsync(new RestoreTableFromBackupRequest { BackupArn = arn, TargetTableName = "Restored" });

        var request = IndexQuery("byGenre", "genre = :g", (":g", S("rock")));
        request.TableName = "Restored";
        TableKeys((await Client.QueryAsync(request)).Items).ShouldBe(["a/1"]);
        (await Client.DescribeTableAsync("Restored")).Table.GlobalSecondaryIndexes.Single(i => i.IndexName == "byGenre").ItemCount.ShouldBe(1);
    }

    [Test]
    public async Task RestoreTableFromBackup_IndexOverrideLeavesOneOut_OnlyTheKeptIndexesExist()
    {
        await PutSongAsync("a", "1", genre: "rock", year: 1970);
        var arn = (await Client.CreateBackupAsync(new CreateBackupRequest { TableName = "Music", BackupName = "nightly" })).BackupDetails.BackupArn;
        await Client.RestoreTableFromBackupAsync(new RestoreTableFromBackupRequest
        {
            BackupArn = arn,
            TargetTableName = "Restored",
            GlobalSecondaryIndexOverride = [Gsi("everything", "genre", null, new Projection { ProjectionType = ProjectionType.ALL })],
        });

        var query = IndexQuery("everything", "genre = :g", (":g", S("rock")));
        query.TableName = "Restored";
        TableKeys((await Client.QueryAsync(query)).Items).ShouldBe(["a/1"]);
        var dropped = IndexQuery("byGenre", "genre = :g", (":g", S("rock")));
        dropped.TableName = "Restored";
        await ShouldFailValidationAsync(() => Client.QueryAsync(dropped), "The table does not have the specified index: byGenre");
    }
}
