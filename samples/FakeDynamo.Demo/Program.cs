using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using FakeDynamo;

// A short walkthrough of FakeDynamo: an IAmazonDynamoDB in memory, on a clock the program controls.
var clock = new ManualTimeProvider(new DateTimeOffset(2026, 1, 1, 9, 0, 0, TimeSpan.Zero));
using var fake = new FakeDynamoDBClient(new FakeDynamoDBOptions
{
    TimeProvider = clock,
    TableCreateDelay = TimeSpan.FromSeconds(20),
    Seed = 7,
});
IAmazonDynamoDB dynamo = fake;

Step("1. Create a table: it is CREATING until the clock passes the configured delay");
var created = await dynamo.CreateTableAsync(new CreateTableRequest
{
    TableName = "Orders",
    BillingMode = BillingMode.PAY_PER_REQUEST,
    KeySchema = [new("customer", KeyType.HASH), new("order", KeyType.RANGE)],
    AttributeDefinitions = [new("customer", ScalarAttributeType.S), new("order", ScalarAttributeType.N)],
});
Say($"CreateTable → {created.TableDescription.TableStatus}, id {created.TableDescription.TableId}");
try
{
    await dynamo.PutItemAsync("Orders", Order("alice", 1, 20.5m));
}
catch (ResourceNotFoundException e)
{
    Say($"PutItem while CREATING → {e.GetType().Name}: {e.Message}");
}

clock.Advance(TimeSpan.FromSeconds(20));
Say($"20 s later DescribeTable → {(await dynamo.DescribeTableAsync("Orders")).Table.TableStatus}");

Step("2. Items: numbers are canonical, sizes follow DynamoDB's rules, errors are the service's");
await dynamo.PutItemAsync("Orders", Order("alice", 1, 20.5m));
await dynamo.PutItemAsync("Orders", Order("alice", 2, 7m));
var item = await dynamo.GetItemAsync("Orders", new() { ["customer"] = new() { S = "alice" }, ["order"] = new() { N = "1.0E0" } });
Say($"GetItem(order = 1.0E0) → total {item.Item["total"].N}");
var table = (await dynamo.DescribeTableAsync("Orders")).Table;
Say($"ItemCount {table.ItemCount}, TableSizeBytes {table.TableSizeBytes}");
try
{
    await dynamo.PutItemAsync("Orders", new() { ["customer"] = new() { S = "bob" } });
}
catch (AmazonDynamoDBException e)
{
    Say($"PutItem without the sort key → {e.ErrorCode}: {e.Message}");
}

Console.WriteLine();
Console.WriteLine("Done.");

static Dictionary<string, AttributeValue> Order(string customer, int number, decimal total) => new()
{
    ["customer"] = new() { S = customer },
    ["order"] = new() { N = number.ToString(System.Globalization.CultureInfo.InvariantCulture) },
    ["total"] = new() { N = total.ToString(System.Globalization.CultureInfo.InvariantCulture) },
};

static void Step(string title)
{
    Console.WriteLine();
    Console.WriteLine(title);
}

static void Say(string line) => Console.WriteLine("   " + line);
