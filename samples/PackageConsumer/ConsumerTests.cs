using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using FakeDynamo;
using Microsoft.Extensions.DependencyInjection;
using NUnit.Framework;

namespace PackageConsumer;

/// <summary>Uses FakeDynamo the way a team would after `dotnet add package FakeDynamo`.</summary>
public class ConsumerTests
{
    [Test]
    public async Task FakeFromThePackage_ThroughDependencyInjection_StoresAndBacksUp()
    {
        var clock = new ManualTimeProvider();
        using var services = new ServiceCollection()
            .AddFakeDynamoDB(o =>
            {
                o.TimeProvider = clock;
                o.BackupCreateDelay = TimeSpan.FromMinutes(1);
            })
            .BuildServiceProvider();
        var dynamo = services.GetRequiredService<IAmazonDynamoDB>();

        await dynamo.CreateTableAsync(new CreateTableRequest
        {
            TableName = "Orders",
            BillingMode = BillingMode.PAY_PER_REQUEST,
            KeySchema = [new KeySchemaElement("pk", KeyType.HASH)],
            AttributeDefinitions = [new AttributeDefinition("pk", ScalarAttributeType.S)],
        });
        await dynamo.PutItemAsync("Orders", new Dictionary<string, AttributeValue> { ["pk"] = new() { S = "o-1" } });
        var backup = await dynamo.CreateBackupAsync(new CreateBackupRequest { TableName = "Orders", BackupName = "nightly" });
        clock.Advance(TimeSpan.FromMinutes(1));

        var item = await dynamo.GetItemAsync("Orders", new Dictionary<string, AttributeValue> { ["pk"] = new() { S = "o-1" } });
        Assert.That(item.Item["pk"].S, Is.EqualTo("o-1"));
        var described = await dynamo.DescribeBackupAsync(new DescribeBackupRequest { BackupArn = backup.BackupDetails.BackupArn });
        Assert.That(described.BackupDescription.BackupDetails.BackupStatus, Is.EqualTo(BackupStatus.AVAILABLE));
        await Assert.ThrowsAsync<ResourceNotFoundException>(() => dynamo.GetItemAsync("Missing", new Dictionary<string, AttributeValue> { ["pk"] = new() { S = "x" } }));
    }
}
