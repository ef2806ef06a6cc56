using System.Globalization;
using FakeDynamo.Tests.Support;

namespace FakeDynamo.Tests.Queries;

/// <summary>Tables and paging helpers for Query and Scan tests.</summary>
public abstract class ReadTestBase : FakeDynamoTestBase
{
    protected static Dictionary<string, AttributeValue> Values(params (string Name, AttributeValue Value)[] values) =>
        values.ToDictionary(v => v.Name, v => v.Value);

    protected static AttributeValue S(string s) => new() { S = s };

    protected static AttributeValue N(string n) => new() { N = n };

    /// <summary>Creates a table whose key types are given ("S", "N", "B"); no sort key when <paramref name="sortType"/> is null.</summary>
    protected Task CreateTypedTableAsync(string name, string hashType, string? sortType)
    {
        var request = new CreateTableRequest
        {
            TableName = name,
            BillingMode = BillingMode.PAY_PER_REQUEST,
            KeySchema = [new KeySchemaElement("pk", KeyType.HASH)],
            AttributeDefinitions = [new AttributeDefinition("pk", new ScalarAttributeType(hashType))],
        };
        if (sortType is not null)
        {
            request.KeySchema.Add(new KeySchemaElement("sk", KeyType.RANGE));
            request.AttributeDefinitions.Add(new AttributeDefinition("sk", new ScalarAttributeType(sortType)));
        }

        return Client.CreateTableAsync(request);
    }

    /// <summary>Puts items pk=<paramref name="pk"/>, sk = 01..<paramref name="count"/> (zero-padded) into Music.</summary>
    protected async Task SeedAsync(string pk, int count, int payloadBytes = 0)
    {
        for (var i = 1; i <= count; i++)
        {
            await PutAsync("Music", pk, i.ToString("D2", CultureInfo.InvariantCulture), ("payload", S(new string('x', payloadBytes))));
        }
    }

    /// <summary>Runs a query page by page until no LastEvaluatedKey; returns every page.</summary>
    protected async Task<List<QueryResponse>> QueryAllPagesAsync(QueryRequest request)
    {
        var pages = new List<QueryResponse>();
        while (true)
        {
            var page = await Client.QueryAsync(request);
            pages.Add(page);
            if (page.LastEvaluatedKey is null || pages.Count > 1000)
            {
                return pages;
            }

            request.ExclusiveStartKey = page.LastEvaluatedKey;
        }
    }

    /// <summary>Runs a scan page by page until no LastEvaluatedKey; returns every page.</summary>
    protected async Task<List<ScanResponse>> ScanAllPagesAsync(ScanRequest request)
    {
        var pages = new List<ScanResponse>();
        while (true)
        {
            var page = await Client.ScanAsync(request);
            pages.Add(page);
            if (page.LastEvaluatedKey is null || pages.Count > 1000)
            {
                return pages;
            }

            request.ExclusiveStartKey = page.LastEvaluatedKey;
        }
    }

    protected static QueryRequest QueryFor(string pk, string? rest = null, params (string Name, AttributeValue Value)[] values)
    {
        var all = Values(values);
        all[":p"] = S(pk);
        return new QueryRequest
        {
            TableName = "Music",
            KeyConditionExpression = rest is null ? "pk = :p" : "pk = :p AND " + rest,
            ExpressionAttributeValues = all,
        };
    }
}
