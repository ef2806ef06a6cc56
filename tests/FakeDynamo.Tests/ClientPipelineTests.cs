using System.Net;
using FakeDynamo.Tests.Support;

namespace FakeDynamo.Tests;

/// <summary>What every call gets from the pipeline, whichever client carries it (direct or over the wire).</summary>
/// <remarks>The direct client's own guards (null request, disposal, cancellation, constructor) are in DirectClientTests.</remarks>
public class ClientPipelineTests : FakeDynamoTestBase
{
    [Test]
    public async Task AnyOperation_Success_SetsStatusAndRequestId()
    {
        var response = await Client.ListTablesAsync(new ListTablesRequest());
        response.HttpStatusCode.ShouldBe(HttpStatusCode.OK);
        response.ResponseMetadata.RequestId.ShouldMatch("^[A-Z0-9]{52}$");
        response.TableNames.ShouldBeEmpty();
    }

    [Test]
    public async Task Constructor_OptionsChangedAfterwards_ClientKeepsItsCopy()
    {
        var options = new FakeDynamoDBOptions { TimeProvider = Clock, Region = "eu-west-1" };
        using var fake = new FakeDynamoDBClient(options);
        using var client = Connect(fake);
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
