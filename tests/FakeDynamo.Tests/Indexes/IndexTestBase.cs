using FakeDynamo.Tests.Queries;

namespace FakeDynamo.Tests.Indexes;

/// <summary>
/// Music (pk S, sk S) with three indexes: GSI <c>byGenre</c> (genre S, year N; INCLUDE title), GSI <c>byArtist</c>
/// (artist S; KEYS_ONLY), LSI <c>byYear</c> (pk, year N; KEYS_ONLY), and GSI <c>everything</c> (genre S; ALL).
/// </summary>
public abstract class IndexTestBase : ReadTestBase
{
    [SetUp]
    public Task CreateIndexedTable() =>
        Client.CreateTableAsync(new CreateTableRequest
        {
            TableName = "Music",
            BillingMode = BillingMode.PAY_PER_REQUEST,
            KeySchema = [new KeySchemaElement("pk", KeyType.HASH), new KeySchemaElement("sk", KeyType.RANGE)],
            AttributeDefinitions =
            [
                new AttributeDefinition("pk", ScalarAttributeType.S), new AttributeDefinition("sk", ScalarAttributeType.S),
                new AttributeDefinition("genre", ScalarAttributeType.S), new AttributeDefinition("year", ScalarAttributeType.N),
                new AttributeDefinition("artist", ScalarAttributeType.S),
            ],
            GlobalSecondaryIndexes =
            [
                Gsi("byGenre", "genre", "year", new Projection { ProjectionType = ProjectionType.INCLUDE, NonKeyAttributes = ["title"] }),
                Gsi("byArtist", "artist", null, new Projection { ProjectionType = ProjectionType.KEYS_ONLY }),
                Gsi("everything", "genre", null, new Projection { ProjectionType = ProjectionType.ALL }),
            ],
            LocalSecondaryIndexes =
            [
                new LocalSecondaryIndex
                {
                    IndexName = "byYear",
                    KeySchema = [new KeySchemaElement("pk", KeyType.HASH), new KeySchemaElement("year", KeyType.RANGE)],
                    Projection = new Projection { ProjectionType = ProjectionType.KEYS_ONLY },
                },
            ],
        });

    protected static GlobalSecondaryIndex Gsi(string name, string hash, string? range, Projection projection)
    {
        var index = new GlobalSecondaryIndex { IndexName = name, KeySchema = [new KeySchemaElement(hash, KeyType.HASH)], Projection = projection };
        if (range is not null)
        {
            index.KeySchema.Add(new KeySchemaElement(range, KeyType.RANGE));
        }

        return index;
    }

    /// <summary>Puts a song; null attributes are left out (sparse indexes).</summary>
    protected Task PutSongAsync(string pk, string sk, string? genre = null, int? year = null, string? artist = null, string? title = null, string? extra = null)
    {
        var attributes = new List<(string, AttributeValue)>();
        if (genre is not null) attributes.Add(("genre", S(genre)));
        if (year is not null) attributes.Add(("year", N(year.Value.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        if (artist is not null) attributes.Add(("artist", S(artist)));
        if (title is not null) attributes.Add(("title", S(title)));
        if (extra is not null) attributes.Add(("extra", S(extra)));
        return PutAsync("Music", pk, sk, [.. attributes]);
    }

    protected static QueryRequest IndexQuery(string index, string condition, params (string Name, AttributeValue Value)[] values) => new()
    {
        TableName = "Music",
        IndexName = index,
        KeyConditionExpression = condition,
        ExpressionAttributeValues = Values(values),
    };

    /// <summary>The (pk, sk) of every item of the pages, in order.</summary>
    protected static List<string> TableKeys(IEnumerable<Dictionary<string, AttributeValue>> items) =>
        items.Select(i => i["pk"].S + "/" + i["sk"].S).ToList();

    /// <summary>The engine behind the client (to look at stored index versions).</summary>
    internal Engine.Account Account =>
        (Engine.Account)typeof(FakeDynamoDBClient).GetField("_account", System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic)!.GetValue(Fake)!;
}
