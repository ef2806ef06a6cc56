using Amazon.DynamoDBv2.DataModel;
using Amazon.DynamoDBv2.DocumentModel;
using FakeDynamo.Tests.Support;

namespace FakeDynamo.Tests.HighLevel;

/// <summary>The SDK's object persistence model (DynamoDBContext) works unchanged on top of the fake.</summary>
public class DynamoDBContextTests : FakeDynamoTestBase
{
    [DynamoDBTable("Orders")]
    public sealed class Order
    {
        [DynamoDBHashKey("customer")]
        public string Customer { get; set; } = "";

        [DynamoDBRangeKey("id")]
        public int Id { get; set; }

        [DynamoDBProperty("total")]
        public decimal Total { get; set; }

        [DynamoDBProperty("tags")]
        public List<string> Tags { get; set; } = [];
    }

    private IDynamoDBContext NewContext() => new DynamoDBContextBuilder().WithDynamoDBClient(() => Client).Build();

    [SetUp]
    public Task CreateOrdersTable() => Client.CreateTableAsync(new CreateTableRequest
    {
        TableName = "Orders",
        BillingMode = BillingMode.PAY_PER_REQUEST,
        KeySchema = [new KeySchemaElement("customer", KeyType.HASH), new KeySchemaElement("id", KeyType.RANGE)],
        AttributeDefinitions = [new AttributeDefinition("customer", ScalarAttributeType.S), new AttributeDefinition("id", ScalarAttributeType.N)],
    });

    [Test]
    public async Task DynamoDBContext_SaveLoadQueryScanDelete_RoundTrips()
    {
        using var context = NewContext();
        await context.SaveAsync(new Order { Customer = "alice", Id = 1, Total = 20.5m, Tags = ["gift"] });
        await context.SaveAsync(new Order { Customer = "alice", Id = 2, Total = 7m });
        await context.SaveAsync(new Order { Customer = "bob", Id = 1, Total = 3m });

        var loaded = await context.LoadAsync<Order>("alice", 1);
        loaded.Total.ShouldBe(20.5m);
        loaded.Tags.ShouldBe(["gift"]);

        var alices = await context.QueryAsync<Order>("alice").GetRemainingAsync();
        alices.Select(o => o.Id).ShouldBe([1, 2]);
        var expensive = await context.ScanAsync<Order>([new ScanCondition("Total", ScanOperator.GreaterThan, 5m)]).GetRemainingAsync();
        expensive.Select(o => o.Customer + o.Id).Order().ShouldBe(["alice1", "alice2"]);

        await context.DeleteAsync<Order>("alice", 2);
        (await context.LoadAsync<Order>("alice", 2)).ShouldBeNull();
    }

    [Test]
    public async Task DynamoDBContext_BatchAndTransactionalWrites_Apply()
    {
        using var context = NewContext();
        var batch = context.CreateBatchWrite<Order>();
        batch.AddPutItems([new Order { Customer = "c", Id = 1 }, new Order { Customer = "c", Id = 2 }]);
        await batch.ExecuteAsync();

        var transaction = context.CreateTransactWrite<Order>();
        transaction.AddSaveItem(new Order { Customer = "c", Id = 3, Total = 1m });
        transaction.AddDeleteKey("c", 1);
        await transaction.ExecuteAsync();

        var get = context.CreateBatchGet<Order>();
        get.AddKey("c", 1);
        get.AddKey("c", 2);
        get.AddKey("c", 3);
        await get.ExecuteAsync();
        get.Results.Select(o => o.Id).Order().ShouldBe([2, 3]);
    }

    [Test]
    public async Task DocumentModel_TablePutGetSearch_Works()
    {
        var table = new TableBuilder(Client, "Orders")
            .AddHashKey("customer", DynamoDBEntryType.String)
            .AddRangeKey("id", DynamoDBEntryType.Numeric)
            .Build();
        var document = new Document { ["customer"] = "dora", ["id"] = 1, ["total"] = 12.25m };
        await table.PutItemAsync(document);
        await table.PutItemAsync(new Document { ["customer"] = "dora", ["id"] = 2, ["total"] = 1 });

        var read = await table.GetItemAsync("dora", 1);
        read["total"].AsDecimal().ShouldBe(12.25m);

        var search = table.Query("dora", new QueryFilter("id", QueryOperator.GreaterThan, 1));
        var found = await search.GetRemainingAsync();
        found.ShouldHaveSingleItem()["id"].AsInt().ShouldBe(2);

        await table.UpdateItemAsync(new Document { ["customer"] = "dora", ["id"] = 2, ["note"] = "late" });
        (await table.GetItemAsync("dora", 2))["note"].AsString().ShouldBe("late");
    }
}
