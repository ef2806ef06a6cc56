namespace FakeDynamo.Tests.Tables;

/// <summary>Builders for control-plane requests used across the table tests.</summary>
internal static class TableRequests
{
    public const string Arn = "arn:aws:dynamodb:us-east-1:123456789012:table/";

    /// <summary>A valid provisioned table: pk (S, HASH), sk (S, RANGE), 5/5 units.</summary>
    public static CreateTableRequest Provisioned(string name = "Music") => new()
    {
        TableName = name,
        KeySchema = [new KeySchemaElement("pk", KeyType.HASH), new KeySchemaElement("sk", KeyType.RANGE)],
        AttributeDefinitions = [new AttributeDefinition("pk", ScalarAttributeType.S), new AttributeDefinition("sk", ScalarAttributeType.S)],
        ProvisionedThroughput = new ProvisionedThroughput(5, 5),
    };

    /// <summary>A valid on-demand table with one GSI <c>byGk</c> on gk (S).</summary>
    public static CreateTableRequest OnDemandWithGsi(string name = "Music")
    {
        var request = Provisioned(name);
        request.ProvisionedThroughput = null;
        request.BillingMode = BillingMode.PAY_PER_REQUEST;
        request.AttributeDefinitions.Add(new AttributeDefinition("gk", ScalarAttributeType.S));
        request.GlobalSecondaryIndexes = [Gsi("byGk", "gk")];
        return request;
    }

    public static GlobalSecondaryIndex Gsi(string name, string hash, string? range = null, ProvisionedThroughput? throughput = null)
    {
        var index = new GlobalSecondaryIndex
        {
            IndexName = name,
            KeySchema = [new KeySchemaElement(hash, KeyType.HASH)],
            Projection = new Projection { ProjectionType = ProjectionType.ALL },
            ProvisionedThroughput = throughput,
        };
        if (range is not null)
        {
            index.KeySchema.Add(new KeySchemaElement(range, KeyType.RANGE));
        }

        return index;
    }

    public static LocalSecondaryIndex Lsi(string name, string hash, string? range) => new()
    {
        IndexName = name,
        KeySchema = range is null
            ? [new KeySchemaElement(hash, KeyType.HASH)]
            : [new KeySchemaElement(hash, KeyType.HASH), new KeySchemaElement(range, KeyType.RANGE)],
        Projection = new Projection { ProjectionType = ProjectionType.KEYS_ONLY },
    };

    public static GlobalSecondaryIndexUpdate CreateGsi(string name, string hash, ProvisionedThroughput? throughput = null) => new()
    {
        Create = new CreateGlobalSecondaryIndexAction
        {
            IndexName = name,
            KeySchema = [new KeySchemaElement(hash, KeyType.HASH)],
            Projection = new Projection { ProjectionType = ProjectionType.ALL },
            ProvisionedThroughput = throughput,
        },
    };

    public static GlobalSecondaryIndexUpdate DeleteGsi(string name) => new() { Delete = new DeleteGlobalSecondaryIndexAction { IndexName = name } };
}
