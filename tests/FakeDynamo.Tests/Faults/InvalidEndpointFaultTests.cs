using FakeDynamo.Tests.Support;

namespace FakeDynamo.Tests.Faults;

/// <summary>
/// InvalidEndpointException is declared by every backup-family operation (backup-api §1.1) and every operation that takes
/// part in endpoint discovery, so the SDK types it there; elsewhere it is a plain AmazonDynamoDBException.
/// </summary>
public class InvalidEndpointFaultTests : FakeDynamoTestBase
{
    [Test]
    public async Task DescribeBackup_InjectedInvalidEndpoint_IsTyped()
    {
        Fake.Faults.FailNext("DescribeBackup", "InvalidEndpointException", "Operation unavailable at this endpoint");
        await ShouldFailAsync<InvalidEndpointException>(
            () => Client.DescribeBackupAsync(new DescribeBackupRequest { BackupArn = "arn:aws:dynamodb:us-east-1:123456789012:table/T/backup/01767225600000-abcdef01" }),
            "InvalidEndpointException",
            "Operation unavailable at this endpoint");
    }

    [Test]
    public async Task PutItem_InjectedInvalidEndpoint_IsTypedBecauseEndpointDiscoveryOperationsDeclareIt()
    {
        await CreateTableAsync();
        Fake.Faults.FailNext("PutItem", "InvalidEndpointException", "Operation unavailable at this endpoint");
        await ShouldFailAsync<InvalidEndpointException>(
            () => PutAsync("Music", "a", "1"),
            "InvalidEndpointException",
            "Operation unavailable at this endpoint");
    }

    [Test]
    public async Task DescribeEndpoints_InjectedInvalidEndpoint_IsPlainBecauseUndeclared()
    {
        Fake.Faults.FailNext("DescribeEndpoints", "InvalidEndpointException", "Operation unavailable at this endpoint");
        await ShouldFailAsync<AmazonDynamoDBException>(
            () => Client.DescribeEndpointsAsync(new DescribeEndpointsRequest()),
            "InvalidEndpointException",
            "Operation unavailable at this endpoint");
    }
}
