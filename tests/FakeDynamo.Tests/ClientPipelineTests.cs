using System.Net;
using FakeDynamo.Tests.Support;

namespace FakeDynamo.Tests;

public class ClientPipelineTests : FakeDynamoTestBase
{
    [Test]
    public async Task AnyOperation_NullRequest_ThrowsArgumentNullException()
    {
        await Should.ThrowAsync<ArgumentNullException>(() => Client.DescribeTableAsync((DescribeTableRequest)null!));
    }

    [Test]
    public async Task AnyOperation_DisposedClient_ThrowsObjectDisposedException()
    {
        Client.Dispose();
        await Should.ThrowAsync<ObjectDisposedException>(() => Client.ListTablesAsync(new ListTablesRequest()));
    }

    [Test]
    public async Task AnyOperation_CancelledToken_ReturnsCancelledTask()
    {
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();
        var task = Client.ListTablesAsync(new ListTablesRequest(), cts.Token);
        task.IsCanceled.ShouldBeTrue();
        await Should.ThrowAsync<TaskCanceledException>(() => task);
    }

    [Test]
    public async Task AnyOperation_Success_SetsStatusAndRequestId()
    {
        var response = await Client.ListTablesAsync(new ListTablesRequest());
        response.HttpStatusCode.ShouldBe(HttpStatusCode.OK);
        response.ResponseMetadata.RequestId.ShouldMatch("^[A-Z0-9]{52}$");
        response.TableNames.ShouldBeEmpty();
    }

    [Test]
    public void AnyOperation_ServiceError_SurfacesWhenAwaited()
    {
        var task = Client.DescribeTableAsync(new DescribeTableRequest { TableName = "Missing" });
        task.IsFaulted.ShouldBeTrue();
    }

    [Test]
    public void Constructor_NullOptions_ThrowsArgumentNullException()
    {
        Should.Throw<ArgumentNullException>(() => new FakeDynamoDBClient(null!));
    }

    [Test]
    public void Constructor_InvalidOptions_ReportsEveryProblemTogether()
    {
        var options = new FakeDynamoDBOptions { AccountId = "12", Region = "", TableCreateDelay = TimeSpan.FromSeconds(-1) };
        var exception = Should.Throw<ArgumentException>(() => new FakeDynamoDBClient(options));
        exception.Message.ShouldContain("AccountId must be 12 digits");
        exception.Message.ShouldContain("Region must be a region name");
        exception.Message.ShouldContain("TableCreateDelay must not be negative");
    }

    [Test]
    public async Task Constructor_OptionsChangedAfterwards_ClientKeepsItsCopy()
    {
        var options = new FakeDynamoDBOptions { TimeProvider = Clock, Region = "eu-west-1" };
        using var client = new FakeDynamoDBClient(options);
        options.Region = "us-west-2";
        var table = await client.CreateTableAsync(new CreateTableRequest
        {
            TableName = "T01",
            BillingMode = BillingMode.PAY_PER_REQUEST,
            KeySchema = [new KeySchemaElement("pk", KeyType.HASH)],
            AttributeDefinitions = [new AttributeDefinition("pk", ScalarAttributeType.S)],
        });
        table.TableDescription.TableArn.ShouldBe("arn:aws:dynamodb:eu-west-1:123456789012:table/T01");
    }
}
