using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using BenchmarkDotNet.Attributes;

namespace FakeDynamo.Benchmarks;

/// <summary>
/// CreateBackup and RestoreTableFromBackup on tables of 1,000, 10,000 and 100,000 items. Both keep a reference to
/// an immutable store version instead of copying items, so time and allocations should not depend on the size.
/// Each invocation undoes itself (DeleteBackup, DeleteTable) so the account does not grow during the run.
/// </summary>
[Config(typeof(InProcessShortConfig))]
[MemoryDiagnoser]
public class BackupBenchmarks : IDisposable
{
    private FakeDynamoDBClient _client = null!;
    private string _backupArn = null!;

    [Params(1_000, 10_000, 100_000)]
    public int Items { get; set; }

    [GlobalSetup]
    public void Seed()
    {
        var options = new FakeDynamoDBOptions { Seed = 1 };
        options.Quotas.CreateBackupCallsPerSecond = null; // measure the operation, not the rate quota
        _client = new FakeDynamoDBClient(options);
        _client.CreateTableAsync(new CreateTableRequest
        {
            TableName = "Source",
            BillingMode = BillingMode.PAY_PER_REQUEST,
            KeySchema = [new KeySchemaElement("pk", KeyType.HASH), new KeySchemaElement("sk", KeyType.RANGE)],
            AttributeDefinitions = [new AttributeDefinition("pk", ScalarAttributeType.S), new AttributeDefinition("sk", ScalarAttributeType.N)],
        }).GetAwaiter().GetResult();

        for (var i = 0; i < Items; i++)
        {
            _client.PutItemAsync("Source", new Dictionary<string, AttributeValue>
            {
                ["pk"] = new() { S = $"customer-{i % 997:D4}" },
                ["sk"] = new() { N = i.ToString(System.Globalization.CultureInfo.InvariantCulture) },
                ["payload"] = new() { S = "the quick brown fox jumps over the lazy dog" },
            }).GetAwaiter().GetResult();
        }

        _backupArn = _client.CreateBackupAsync(new CreateBackupRequest { TableName = "Source", BackupName = "restore-source" })
            .GetAwaiter().GetResult().BackupDetails.BackupArn;
    }

    /// <summary>CreateBackup, then DeleteBackup of the new backup (both O(1)).</summary>
    [Benchmark]
    public string CreateBackup()
    {
        var arn = _client.CreateBackupAsync(new CreateBackupRequest { TableName = "Source", BackupName = "bench" })
            .GetAwaiter().GetResult().BackupDetails.BackupArn;
        _client.DeleteBackupAsync(new DeleteBackupRequest { BackupArn = arn }).GetAwaiter().GetResult();
        return arn;
    }

    /// <summary>RestoreTableFromBackup into a new table, then DeleteTable of it (both O(1) for a table without indexes).</summary>
    [Benchmark]
    public string RestoreTableFromBackup()
    {
        var table = _client.RestoreTableFromBackupAsync(new RestoreTableFromBackupRequest { BackupArn = _backupArn, TargetTableName = "Restored" })
            .GetAwaiter().GetResult().TableDescription;
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
