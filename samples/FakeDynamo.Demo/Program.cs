using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using FakeDynamo;

// A short walkthrough of FakeDynamo: an IAmazonDynamoDB in memory, on a clock the program controls.
var clock = new ManualTimeProvider(new DateTimeOffset(2026, 1, 1, 9, 0, 0, TimeSpan.Zero));
using var fake = new FakeDynamoDBClient(new FakeDynamoDBOptions
{
    TimeProvider = clock,
    TableCreateDelay = TimeSpan.FromSeconds(20),
    BackupCreateDelay = TimeSpan.FromSeconds(30),
    RestoreDelay = TimeSpan.FromMinutes(5),
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
var updated = await dynamo.UpdateItemAsync(new UpdateItemRequest
{
    TableName = "Orders",
    Key = new() { ["customer"] = new() { S = "alice" }, ["order"] = new() { N = "2" } },
    UpdateExpression = "SET #total = #total + :tip ADD tags :t",          // TOTAL is a reserved word: a placeholder is required
    ConditionExpression = "attribute_exists(#total)",
    ExpressionAttributeNames = new() { ["#total"] = "total" },
    ExpressionAttributeValues = new() { [":tip"] = new() { N = "0.5" }, [":t"] = new() { SS = ["gift"] } },
    ReturnValues = ReturnValue.UPDATED_NEW,
});
Say($"UpdateItem SET total = total + 0.5 → total {updated.Attributes["total"].N}, tags [{string.Join(", ", updated.Attributes["tags"].SS)}]");
try
{
    await dynamo.PutItemAsync(new PutItemRequest
    {
        TableName = "Orders",
        Item = Order("alice", 1, 99m),
        ConditionExpression = "attribute_not_exists(customer)",
    });
}
catch (ConditionalCheckFailedException e)
{
    Say($"Conditional PutItem over an existing order → {e.GetType().Name}: {e.Message}");
}

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

Step("3. On-demand backup: a time marker, O(1) whatever the table size; CREATING until the clock moves");
var backup = (await dynamo.CreateBackupAsync(new CreateBackupRequest { TableName = "Orders", BackupName = "nightly" })).BackupDetails;
Say($"CreateBackup → {backup.BackupStatus}, {backup.BackupSizeBytes} bytes, ARN {backup.BackupArn}");
await dynamo.DeleteItemAsync("Orders", new() { ["customer"] = new() { S = "alice" }, ["order"] = new() { N = "2" } });
Say("Deleted order 2 after the backup was taken");
clock.Advance(TimeSpan.FromMinutes(1));
var described = await dynamo.DescribeBackupAsync(new DescribeBackupRequest { BackupArn = backup.BackupArn });
Say($"A minute later DescribeBackup → {described.BackupDescription.BackupDetails.BackupStatus}");
var listed = await dynamo.ListBackupsAsync(new ListBackupsRequest { TableName = "Orders" });
Say($"ListBackups(Orders) → {listed.BackupSummaries.Count} backup(s)");

Step("4. Restore: a new, independent table, CREATING (RestoreInProgress) until the restore delay passes");
var restored = await dynamo.RestoreTableFromBackupAsync(new RestoreTableFromBackupRequest
{
    BackupArn = backup.BackupArn,
    TargetTableName = "Orders-restored",
});
Say($"RestoreTableFromBackup → {restored.TableDescription.TableStatus}, RestoreInProgress {restored.TableDescription.RestoreSummary.RestoreInProgress}");
try
{
    await dynamo.GetItemAsync("Orders-restored", new() { ["customer"] = new() { S = "alice" }, ["order"] = new() { N = "2" } });
}
catch (ResourceNotFoundException e)
{
    Say($"GetItem while the restore runs → {e.GetType().Name}: {e.Message}");
}

clock.Advance(TimeSpan.FromMinutes(5));
var copy = (await dynamo.DescribeTableAsync("Orders-restored")).Table;
Say($"5 minutes later: {copy.TableStatus}, {copy.ItemCount} items (order 2 is back), RestoreInProgress {copy.RestoreSummary.RestoreInProgress}, restored to {copy.RestoreSummary.RestoreDateTime:O}");
try
{
    await dynamo.RestoreTableFromBackupAsync(new RestoreTableFromBackupRequest { BackupArn = backup.BackupArn, TargetTableName = "Orders" });
}
catch (TableAlreadyExistsException e)
{
    Say($"Restore onto an existing name → {e.GetType().Name}: {e.Message}");
}

Step("5. Point-in-time recovery: restore the table exactly as it was at any second of the window");
await dynamo.UpdateContinuousBackupsAsync(new UpdateContinuousBackupsRequest
{
    TableName = "Orders",
    PointInTimeRecoverySpecification = new PointInTimeRecoverySpecification { PointInTimeRecoveryEnabled = true },
});
var beforeIncident = clock.GetUtcNow().UtcDateTime;
clock.Advance(TimeSpan.FromSeconds(1));
await dynamo.PutItemAsync("Orders", Order("alice", 1, 0m));            // the incident: a bad write
await dynamo.PutItemAsync("Orders", Order("mallory", 9, 999m));
Say($"T1 = {beforeIncident:HH:mm:ss}: then two bad writes");
clock.Advance(TimeSpan.FromMinutes(10));
var pitr = (await dynamo.DescribeContinuousBackupsAsync(new DescribeContinuousBackupsRequest { TableName = "Orders" }))
    .ContinuousBackupsDescription.PointInTimeRecoveryDescription;
Say($"Window: {pitr.EarliestRestorableDateTime:HH:mm:ss} … {pitr.LatestRestorableDateTime:HH:mm:ss}");
await dynamo.RestoreTableToPointInTimeAsync(new RestoreTableToPointInTimeRequest
{
    SourceTableName = "Orders",
    TargetTableName = "Orders-at-T1",
    RestoreDateTime = beforeIncident,
});
clock.Advance(TimeSpan.FromMinutes(5));
var atT1 = await dynamo.GetItemAsync("Orders-at-T1", new() { ["customer"] = new() { S = "alice" }, ["order"] = new() { N = "1" } });
var nowItem = await dynamo.GetItemAsync("Orders", new() { ["customer"] = new() { S = "alice" }, ["order"] = new() { N = "1" } });
Say($"Order 1 total: live table {nowItem.Item["total"].N}, restored to T1 {atT1.Item["total"].N}");
Say($"Orders-at-T1 holds {(await dynamo.DescribeTableAsync("Orders-at-T1")).Table.ItemCount} item(s); the live table {(await dynamo.DescribeTableAsync("Orders")).Table.ItemCount}");
await dynamo.DeleteTableAsync("Orders-at-T1");
try
{
    await dynamo.RestoreTableToPointInTimeAsync(new RestoreTableToPointInTimeRequest
    {
        SourceTableName = "Orders",
        TargetTableName = "Orders-too-early",
        RestoreDateTime = beforeIncident.AddDays(-1),
    });
}
catch (InvalidRestoreTimeException e)
{
    Say($"Restore to a day before PITR was on → {e.GetType().Name}: {e.Message}");
}

Step("6. Fault injection: make the next call fail the way the service fails, with nothing changed");
fake.Faults.FailNext("CreateBackup");
try
{
    await dynamo.CreateBackupAsync(new CreateBackupRequest { TableName = "Orders", BackupName = "flaky" });
}
catch (InternalServerErrorException e)
{
    Say($"CreateBackup → {e.GetType().Name} ({(int)e.StatusCode}): {e.Message}");
}

Step("7. Over the wire: a real AmazonDynamoDBClient, answered in-process by the same fake");
using (var sdk = fake.CreateSdkClient())
{
    var count = await sdk.ScanAsync(new ScanRequest { TableName = "Orders", Select = Select.COUNT });
    Say($"Scan through the SDK's own marshalling → {count.Count} orders (request id {count.ResponseMetadata.RequestId[..8]}…)");
    try
    {
        await sdk.DescribeTableAsync("Missing");
    }
    catch (ResourceNotFoundException e)
    {
        Say($"DescribeTable through the SDK's error unmarshalling → {e.GetType().Name}: {e.Message}");
    }
}

Say("Other languages: dotnet run --project src/FakeDynamo.Server -- --port 8000 (see docs/server.md)");

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
