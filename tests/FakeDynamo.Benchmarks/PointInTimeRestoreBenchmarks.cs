using System.Globalization;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using BenchmarkDotNet.Attributes;

namespace FakeDynamo.Benchmarks;

/// <summary>
/// RestoreTableToPointInTime on a PITR-enabled table of 100,000 items whose history holds 200,000 changes (100,000
/// inserts, then 100,000 updates), written one every 4 s on a manual clock (about 9 days, all inside the 35-day
/// window). The points: one hour after Earliest (about 900 inserts in) and one minute before Latest (about 90
/// updates before the end of the history). A restore reads the table's history at the restore point — the last snapshot at or before it plus at
/// most a snapshot interval of changes — so its cost should not depend on where in the history the point lies.
/// Each invocation undoes itself (DeleteTable of the restored table).
/// </summary>
[Config(typeof(InProcessShortConfig))]
[MemoryDiagnoser]
public class PointInTimeRestoreBenchmarks : IDisposable
{
    private const int Items = 100_000;
    private const int Updates = 100_000;

    private FakeDynamoDBClient _client = null!;
    private DateTime _restorePoint;

    [Params("NearEarliest", "NearLatest")]
    public string Point { get; set; } = "NearEarliest";

    [GlobalSetup]
    public void Seed()
    {
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero));
        _client = new FakeDynamoDBClient(new FakeDynamoDBOptions { TimeProvider = clock, Seed = 1 });
        _client.CreateTableAsync(new CreateTableRequest
        {
            TableName = "Source",
            BillingMode = BillingMode.PAY_PER_REQUEST,
            KeySchema = [new KeySchemaElement("pk", KeyType.HASH), new KeySchemaElement("sk", KeyType.RANGE)],
            AttributeDefinitions = [new AttributeDefinition("pk", ScalarAttributeType.S), new AttributeDefinition("sk", ScalarAttributeType.N)],
        }).GetAwaiter().GetResult();
        _client.UpdateContinuousBackupsAsync(new UpdateContinuousBackupsRequest
        {
            TableName = "Source",
            PointInTimeRecoverySpecification = new PointInTimeRecoverySpecification { PointInTimeRecoveryEnabled = true },
        }).GetAwaiter().GetResult();

        for (var i = 0; i < Items + Updates; i++)
        {
            clock.Advance(TimeSpan.FromSeconds(4));
            var n = i % Items;
            _client.PutItemAsync("Source", new Dictionary<string, AttributeValue>
            {
                ["pk"] = new() { S = $"customer-{n % 997:D4}" },
                ["sk"] = new() { N = n.ToString(CultureInfo.InvariantCulture) },
                ["payload"] = new() { S = i < Items ? "the quick brown fox jumps over the lazy dog" : "updated" },
            }).GetAwaiter().GetResult();
        }

        // Latest (now − 5 min) lies 4:50 before the last write, so both points fall inside the history.
        clock.Advance(TimeSpan.FromSeconds(10));
        var window = _client.DescribeContinuousBackupsAsync(new DescribeContinuousBackupsRequest { TableName = "Source" })
            .GetAwaiter().GetResult().ContinuousBackupsDescription.PointInTimeRecoveryDescription;
        _restorePoint = Point == "NearEarliest"
            ? window.EarliestRestorableDateTime!.Value.AddHours(1)
            : window.LatestRestorableDateTime!.Value.AddMinutes(-1);
    }

    /// <summary>RestoreTableToPointInTime into a new table, then DeleteTable of it.</summary>
    [Benchmark]
    public string RestoreTableToPointInTime()
    {
        var table = _client.RestoreTableToPointInTimeAsync(new RestoreTableToPointInTimeRequest
        {
            SourceTableName = "Source",
            TargetTableName = "Restored",
            RestoreDateTime = _restorePoint,
        }).GetAwaiter().GetResult().TableDescription;
        _client.DeleteTableAsync("Restored").GetAwaiter().GetResult();
        return table.TableId;
    }

    [GlobalCleanup]
    public void Cleanup() => Dispose();

    public void Dispose()
    {
        _client?.Dispose();
        GC.SuppressFinalize(this);
    }
}
