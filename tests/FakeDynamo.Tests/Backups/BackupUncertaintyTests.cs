using FakeDynamo.Tests.Support;

namespace FakeDynamo.Tests.Backups;

/// <summary>
/// options.BackupUncertaintyWindow: changes within one minute either side of the marker may or may not be in the
/// backup, chosen reproducibly from the seed; everything before marker − 1 min is in, nothing after marker + 1 min.
/// </summary>
public class BackupUncertaintyTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    /// <summary>Writes around a backup at Start + 5 min and returns the keys the restored table holds.</summary>
    private static async Task<(HashSet<string> Keys, string? Overwritten)> ScenarioAsync(int seed, bool restoreEarly = false)
    {
        var clock = new ManualTimeProvider(Start);
        using var fake = new FakeDynamoDBClient(new FakeDynamoDBOptions { TimeProvider = clock, Seed = seed, BackupUncertaintyWindow = true });
        using var client = FakeDynamoTestBase.Connect(fake);
        await client.CreateTableAsync(new CreateTableRequest
        {
            TableName = "Music",
            BillingMode = BillingMode.PAY_PER_REQUEST,
            KeySchema = [new KeySchemaElement("pk", KeyType.HASH)],
            AttributeDefinitions = [new AttributeDefinition("pk", ScalarAttributeType.S)],
        });
        Task Put(string pk, string value = "v") => client.PutItemAsync("Music", new() { ["pk"] = new() { S = pk }, ["v"] = new() { S = value } });

        clock.Advance(TimeSpan.FromMinutes(3));
        await Put("early");            // marker − 2 min: always in
        await Put("overwritten", "old");
        clock.Advance(TimeSpan.FromSeconds(90));
        for (var i = 0; i < 20; i++)
        {
            await Put($"before{i:D2}"); // marker − 30 s: maybe
        }

        await Put("overwritten", "new");
        clock.Advance(TimeSpan.FromSeconds(30));
        var arn = (await client.CreateBackupAsync(new CreateBackupRequest { TableName = "Music", BackupName = "uncertain" })).BackupDetails.BackupArn;
        if (restoreEarly)
        {
            // 10 s after the marker: the content is fixed with what has happened so far.
            clock.Advance(TimeSpan.FromSeconds(10));
            await client.RestoreTableFromBackupAsync(new RestoreTableFromBackupRequest { BackupArn = arn, TargetTableName = "Early" });
            clock.Advance(TimeSpan.FromSeconds(20));
        }
        else
        {
            clock.Advance(TimeSpan.FromSeconds(30));
        }

        for (var i = 0; i < 20; i++)
        {
            await Put($"after{i:D2}");  // marker + 30 s: maybe
        }

        clock.Advance(TimeSpan.FromSeconds(60));
        await Put("late");              // marker + 90 s: never in
        clock.Advance(TimeSpan.FromMinutes(10));

        await client.RestoreTableFromBackupAsync(new RestoreTableFromBackupRequest { BackupArn = arn, TargetTableName = "Restored" });
        var keys = await KeysAsync(client, "Restored");
        if (restoreEarly)
        {
            (await KeysAsync(client, "Early")).SetEquals(keys).ShouldBeTrue();
        }

        var overwritten = (await client.GetItemAsync("Restored", new() { ["pk"] = new() { S = "overwritten" } })).Item?["v"].S;
        return (keys, overwritten);
    }

    private static async Task<HashSet<string>> KeysAsync(IAmazonDynamoDB client, string table)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var pk in new[] { "early", "overwritten", "late" }.Concat(Enumerable.Range(0, 20).SelectMany(i => new[] { $"before{i:D2}", $"after{i:D2}" })))
        {
            var item = (await client.GetItemAsync(table, new() { ["pk"] = new() { S = pk } })).Item;
            if (item is { Count: > 0 })
            {
                keys.Add(pk);
            }
        }

        return keys;
    }

    [Test]
    public async Task Uncertainty_OutsideTheWindow_BeforeAlwaysInAfterNeverIn()
    {
        var (keys, overwritten) = await ScenarioAsync(seed: 42);

        keys.ShouldContain("early");
        keys.ShouldContain("overwritten");
        keys.ShouldNotContain("late");
        overwritten.ShouldBeOneOf("old", "new");
    }

    [Test]
    public async Task Uncertainty_InsideTheWindow_SomeChangesInSomeOut()
    {
        var (keys, _) = await ScenarioAsync(seed: 42);

        var before = keys.Count(k => k.StartsWith("before", StringComparison.Ordinal));
        var after = keys.Count(k => k.StartsWith("after", StringComparison.Ordinal));
        (before + after).ShouldBeInRange(1, 39);
        before.ShouldBeInRange(1, 19);
        after.ShouldBeInRange(1, 19);
    }

    [Test]
    public async Task Uncertainty_SameSeed_SameContent()
    {
        var first = await ScenarioAsync(seed: 7);
        var second = await ScenarioAsync(seed: 7);

        second.Keys.OrderBy(k => k, StringComparer.Ordinal).ShouldBe(first.Keys.OrderBy(k => k, StringComparer.Ordinal));
        second.Overwritten.ShouldBe(first.Overwritten);
    }

    [Test]
    public async Task Uncertainty_DifferentSeeds_DifferentContent()
    {
        var first = await ScenarioAsync(seed: 1);
        var second = await ScenarioAsync(seed: 2);

        second.Keys.SetEquals(first.Keys).ShouldBeFalse();
    }

    [Test]
    public async Task Uncertainty_RestoreBeforeWindowEnds_UsesWhatHasHappenedSoFar()
    {
        // A restore 10 s after the marker fixes the content before the writes at marker + 30 s; a later restore from
        // the same backup gets the same content (checked inside the scenario).
        var (keys, _) = await ScenarioAsync(seed: 42, restoreEarly: true);

        keys.ShouldNotContain(k => k.StartsWith("after", StringComparison.Ordinal));
        keys.ShouldContain("early");
    }

    [Test]
    public async Task Uncertainty_ExactModeDefault_HoldsExactlyTheMarker()
    {
        var clock = new ManualTimeProvider(Start);
        using var fake = new FakeDynamoDBClient(new FakeDynamoDBOptions { TimeProvider = clock, Seed = 42 });
        using var client = FakeDynamoTestBase.Connect(fake);
        await client.CreateTableAsync(new CreateTableRequest
        {
            TableName = "Music",
            BillingMode = BillingMode.PAY_PER_REQUEST,
            KeySchema = [new KeySchemaElement("pk", KeyType.HASH)],
            AttributeDefinitions = [new AttributeDefinition("pk", ScalarAttributeType.S)],
        });
        await client.PutItemAsync("Music", new() { ["pk"] = new() { S = "in" } });
        clock.Advance(TimeSpan.FromMilliseconds(1));
        var arn = (await client.CreateBackupAsync(new CreateBackupRequest { TableName = "Music", BackupName = "exact" })).BackupDetails.BackupArn;
        await client.PutItemAsync("Music", new() { ["pk"] = new() { S = "out" } });

        await client.RestoreTableFromBackupAsync(new RestoreTableFromBackupRequest { BackupArn = arn, TargetTableName = "Restored" });

        (await client.GetItemAsync("Restored", new() { ["pk"] = new() { S = "in" } })).Item.ShouldNotBeEmpty();
        var absent = (await client.GetItemAsync("Restored", new() { ["pk"] = new() { S = "out" } })).Item;
        (absent is null || absent.Count == 0).ShouldBeTrue();
    }
}
