using FakeDynamo.Tests.Support;
using static FakeDynamo.Tests.Tables.TableRequests;

namespace FakeDynamo.Tests.Quotas;

/// <summary>
/// Account table quotas (options.Quotas; backup-api §12): simultaneous table operations, tables with indexes in
/// CREATING, table count. Each test overlaps operations on the manual clock and checks the quota clears once it moves.
/// </summary>
public class TableQuotaTests : FakeDynamoTestBase
{
    private FakeDynamoDBClient? _fake;
    private IAmazonDynamoDB? _client;

    [TearDown]
    public void DisposeOwnClient()
    {
        _client?.Dispose();
        _fake?.Dispose();
    }

    [Test]
    public async Task CreateTable_OverSimultaneousOperations_ThrowsLimitExceededUntilClockMoves()
    {
        var client = NewClient(o => { o.TableCreateDelay = TimeSpan.FromSeconds(10); o.Quotas.MaxConcurrentTableOperations = 2; });
        await client.CreateTableAsync(Provisioned("tab1"));
        await client.CreateTableAsync(Provisioned("tab2"));

        await ShouldFailAsync<LimitExceededException>(() => client.CreateTableAsync(Provisioned("tab3")),
            "LimitExceededException", "Subscriber limit exceeded: Only 2 tables can be created, updated, or deleted simultaneously");
        (await client.ListTablesAsync(new ListTablesRequest())).TableNames.ShouldBe(["tab1", "tab2"]);

        Clock.Advance(TimeSpan.FromSeconds(10));
        (await client.CreateTableAsync(Provisioned("tab3"))).TableDescription.TableStatus.ShouldBe(TableStatus.CREATING);
    }

    [Test]
    public async Task UpdateTable_WhileAnotherUpdating_ThrowsLimitExceededUntilClockMoves()
    {
        var client = NewClient(o => { o.TableUpdateDelay = TimeSpan.FromSeconds(10); o.Quotas.MaxConcurrentTableOperations = 1; });
        await client.CreateTableAsync(Provisioned("tab1"));
        await client.CreateTableAsync(Provisioned("tab2"));
        await client.UpdateTableAsync("tab1", new ProvisionedThroughput(6, 6));

        await ShouldFailAsync<LimitExceededException>(() => client.UpdateTableAsync("tab2", new ProvisionedThroughput(6, 6)),
            "LimitExceededException", "Subscriber limit exceeded: Only 1 tables can be created, updated, or deleted simultaneously");
        (await client.DescribeTableAsync("tab2")).Table.ProvisionedThroughput.ReadCapacityUnits.ShouldBe(5);

        Clock.Advance(TimeSpan.FromSeconds(10));
        await client.UpdateTableAsync("tab2", new ProvisionedThroughput(6, 6));
    }

    [Test]
    public async Task DeleteTable_WhileAnotherDeleting_ThrowsLimitExceededUntilClockMoves()
    {
        var client = NewClient(o => { o.TableDeleteDelay = TimeSpan.FromSeconds(10); o.Quotas.MaxConcurrentTableOperations = 1; });
        await client.CreateTableAsync(Provisioned("tab1"));
        await client.CreateTableAsync(Provisioned("tab2"));
        await client.DeleteTableAsync("tab1");

        await ShouldFailAsync<LimitExceededException>(() => client.DeleteTableAsync("tab2"),
            "LimitExceededException", "Subscriber limit exceeded: Only 1 tables can be created, updated, or deleted simultaneously");
        (await client.DescribeTableAsync("tab2")).Table.TableStatus.ShouldBe(TableStatus.ACTIVE);

        Clock.Advance(TimeSpan.FromSeconds(10));
        await client.DeleteTableAsync("tab2");
    }

    [Test]
    public async Task UpdateTimeToLive_WhileAnotherTtlChangeSettles_ThrowsLimitExceededUntilClockMoves()
    {
        var client = NewClient(o => { o.TableUpdateDelay = TimeSpan.FromSeconds(10); o.Quotas.MaxConcurrentTableOperations = 1; });
        await client.CreateTableAsync(Provisioned("tab1"));
        await client.CreateTableAsync(Provisioned("tab2"));
        await client.UpdateTimeToLiveAsync(Ttl("tab1"));

        await ShouldFailAsync<LimitExceededException>(() => client.UpdateTimeToLiveAsync(Ttl("tab2")),
            "LimitExceededException", "Subscriber limit exceeded: Only 1 tables can be created, updated, or deleted simultaneously");
        (await client.DescribeTimeToLiveAsync("tab2")).TimeToLiveDescription.TimeToLiveStatus.ShouldBe(TimeToLiveStatus.DISABLED);

        Clock.Advance(TimeSpan.FromSeconds(10));
        await client.UpdateTimeToLiveAsync(Ttl("tab2"));
    }

    [Test]
    public async Task UpdateTable_WhileGsiBackfills_CountsAsOperationUntilClockMoves()
    {
        var client = NewClient(o => { o.IndexCreateDelay = TimeSpan.FromSeconds(10); o.Quotas.MaxConcurrentTableOperations = 1; });
        await client.CreateTableAsync(Provisioned("tab1"));
        await client.CreateTableAsync(Provisioned("tab2"));
        await client.UpdateTableAsync(new UpdateTableRequest
        {
            TableName = "tab1",
            AttributeDefinitions = [new AttributeDefinition("gk", ScalarAttributeType.S)],
            GlobalSecondaryIndexUpdates = [CreateGsi("byGk", "gk", new ProvisionedThroughput(1, 1))],
        });

        await ShouldFailAsync<LimitExceededException>(() => client.UpdateTableAsync("tab2", new ProvisionedThroughput(6, 6)),
            "LimitExceededException", "Subscriber limit exceeded: Only 1 tables can be created, updated, or deleted simultaneously");

        Clock.Advance(TimeSpan.FromSeconds(10));
        await client.UpdateTableAsync("tab2", new ProvisionedThroughput(6, 6));
    }

    [Test]
    public async Task CreateTable_SecondTableWithIndexesCreating_ThrowsLimitExceededUntilClockMoves()
    {
        var client = NewClient(o => o.TableCreateDelay = TimeSpan.FromSeconds(10));
        await client.CreateTableAsync(OnDemandWithGsi("tab1"));

        await ShouldFailAsync<LimitExceededException>(() => client.CreateTableAsync(OnDemandWithGsi("tab2")),
            "LimitExceededException", "Subscriber limit exceeded: Only 1 tables with secondary indexes can be in the CREATING state simultaneously");
        await client.CreateTableAsync(Provisioned("plain"));
        (await client.ListTablesAsync(new ListTablesRequest())).TableNames.ShouldBe(["plain", "tab1"]);

        Clock.Advance(TimeSpan.FromSeconds(10));
        await client.CreateTableAsync(OnDemandWithGsi("tab2"));
    }

    [Test]
    public async Task CreateTable_OverTableCount_ThrowsLimitExceededUntilOneIsDeleted()
    {
        var client = NewClient(o => { o.TableDeleteDelay = TimeSpan.FromSeconds(5); o.Quotas.MaxTables = 2; });
        await client.CreateTableAsync(Provisioned("tab1"));
        await client.CreateTableAsync(Provisioned("tab2"));

        await ShouldFailAsync<LimitExceededException>(() => client.CreateTableAsync(Provisioned("tab3")),
            "LimitExceededException", "Subscriber limit exceeded: Only 2 tables can be created per account and region");
        await client.DeleteTableAsync("tab1");
        await ShouldFailAsync<LimitExceededException>(() => client.CreateTableAsync(Provisioned("tab3")),
            "LimitExceededException", "Subscriber limit exceeded: Only 2 tables can be created per account and region");

        Clock.Advance(TimeSpan.FromSeconds(5));
        await client.CreateTableAsync(Provisioned("tab3"));
    }

    [Test]
    public async Task CreateTable_DefaultQuotas_EleventhSimultaneousCreateRefused()
    {
        var client = NewClient(o => o.TableCreateDelay = TimeSpan.FromSeconds(10));
        for (var i = 0; i < 10; i++)
        {
            await client.CreateTableAsync(Provisioned($"tab{i:00}"));
        }

        await ShouldFailAsync<LimitExceededException>(() => client.CreateTableAsync(Provisioned("tab10")),
            "LimitExceededException", "Subscriber limit exceeded: Only 10 tables can be created, updated, or deleted simultaneously");
    }

    [Test]
    public async Task CreateTable_CurrentServiceValues_AllowsMoreSimultaneousCreates()
    {
        var client = NewClient(o => { o.TableCreateDelay = TimeSpan.FromSeconds(10); o.Quotas = FakeDynamoDBQuotas.CurrentServiceValues; });
        for (var i = 0; i < 12; i++)
        {
            await client.CreateTableAsync(Provisioned($"tab{i:00}"));
        }

        await client.CreateTableAsync(OnDemandWithGsi("idx1"));
        await client.CreateTableAsync(OnDemandWithGsi("idx2"));
        (await client.ListTablesAsync(new ListTablesRequest())).TableNames.Count.ShouldBe(14);
        FakeDynamoDBQuotas.CurrentServiceValues.MaxConcurrentTableOperations.ShouldBe(500);
        FakeDynamoDBQuotas.CurrentServiceValues.MaxTables.ShouldBe(2500);
    }

    private static UpdateTimeToLiveRequest Ttl(string table) => new()
    {
        TableName = table,
        TimeToLiveSpecification = new TimeToLiveSpecification { Enabled = true, AttributeName = "exp" },
    };

    private IAmazonDynamoDB NewClient(Action<FakeDynamoDBOptions> configure)
    {
        var options = new FakeDynamoDBOptions { TimeProvider = Clock, Seed = 7 };
        configure(options);
        _fake = new FakeDynamoDBClient(options);
        _client = Connect(_fake);
        return _client;
    }
}
