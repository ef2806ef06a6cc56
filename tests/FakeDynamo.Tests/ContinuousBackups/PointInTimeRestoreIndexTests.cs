using FakeDynamo.Tests.Support;

namespace FakeDynamo.Tests.ContinuousBackups;

/// <summary>A point-in-time restore carries the source's index content as of the restore point, shaped by the overrides.</summary>
public class PointInTimeRestoreIndexTests : FakeDynamoTestBase
{
    private async Task CreateIndexedTableAsync()
    {
        await Client.CreateTableAsync(new CreateTableRequest
        {
            TableName = "Songs",
            BillingMode = BillingMode.PAY_PER_REQUEST,
            KeySchema = [new KeySchemaElement("pk", KeyType.HASH)],
            AttributeDefinitions = [new AttributeDefinition("pk", ScalarAttributeType.S), new AttributeDefinition("artist", ScalarAttributeType.S)],
            GlobalSecondaryIndexes =
            [
                new GlobalSecondaryIndex
                {
                    IndexName = "ByArtist",
                    KeySchema = [new KeySchemaElement("artist", KeyType.HASH)],
                    Projection = new Projection { ProjectionType = ProjectionType.ALL },
                },
            ],
        });
        await Client.UpdateContinuousBackupsAsync(new UpdateContinuousBackupsRequest
        {
            TableName = "Songs",
            PointInTimeRecoverySpecification = new PointInTimeRecoverySpecification { PointInTimeRecoveryEnabled = true },
        });
    }

    private Task PutSongAsync(string id, string artist) =>
        Client.PutItemAsync("Songs", new Dictionary<string, AttributeValue> { ["pk"] = new() { S = id }, ["artist"] = new() { S = artist } });

    private Task<QueryResponse> QueryArtistAsync(string table, string artist) => Client.QueryAsync(new QueryRequest
    {
        TableName = table,
        IndexName = "ByArtist",
        KeyConditionExpression = "artist = :a",
        ExpressionAttributeValues = new Dictionary<string, AttributeValue> { [":a"] = new() { S = artist } },
    });

    [Test]
    public async Task RestoreTableToPointInTime_TableWithGsi_IndexHoldsTheStateAtTheRestorePoint()
    {
        await CreateIndexedTableAsync();
        await PutSongAsync("s1", "Abba");
        Clock.Advance(TimeSpan.FromSeconds(10));
        var restorePoint = Clock.GetUtcNow().UtcDateTime;
        Clock.Advance(TimeSpan.FromSeconds(1));
        await PutSongAsync("s2", "Abba");
        await PutSongAsync("s1", "Queen");
        Clock.Advance(TimeSpan.FromMinutes(10));

        await Client.RestoreTableToPointInTimeAsync(new RestoreTableToPointInTimeRequest
        {
            SourceTableName = "Songs",
            TargetTableName = "SongsThen",
            RestoreDateTime = restorePoint,
        });

        var then = await QueryArtistAsync("SongsThen", "Abba");
        then.Items.Select(i => i["pk"].S).ShouldBe(["s1"]);
        (await QueryArtistAsync("SongsThen", "Queen")).Items.ShouldBeEmpty();
        (await QueryArtistAsync("Songs", "Abba")).Items.Select(i => i["pk"].S).ShouldBe(["s2"]);
    }

    [Test]
    public async Task RestoreTableToPointInTime_EmptyGsiOverride_RestoresNoIndex()
    {
        await CreateIndexedTableAsync();
        await PutSongAsync("s1", "Abba");
        Clock.Advance(TimeSpan.FromMinutes(10));

        var response = await Client.RestoreTableToPointInTimeAsync(new RestoreTableToPointInTimeRequest
        {
            SourceTableName = "Songs",
            TargetTableName = "SongsPlain",
            UseLatestRestorableTime = true,
            GlobalSecondaryIndexOverride = [],
        });

        response.TableDescription.GlobalSecondaryIndexes.ShouldBeNull();
        await ShouldFailValidationAsync(() => QueryArtistAsync("SongsPlain", "Abba"), "The table does not have the specified index: ByArtist");
        (await Client.DescribeTableAsync("SongsPlain")).Table.ItemCount.ShouldBe(1);
    }
}
