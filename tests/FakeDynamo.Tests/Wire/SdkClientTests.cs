using FakeDynamo.Tests.Support;

namespace FakeDynamo.Tests.Wire;

/// <summary>The real AmazonDynamoDBClient over the in-process handler: the SDK's marshalling and unmarshalling run.</summary>
public sealed class SdkClientTests : FakeDynamoTestBase
{
    private AmazonDynamoDBClient _sdk = null!;

    [SetUp]
    public void CreateSdkClient() => _sdk = Fake.CreateSdkClient(c => c.MaxErrorRetry = 0);

    [TearDown]
    public void DisposeSdkClient() => _sdk.Dispose();

    [Test]
    public async Task PutItem_ThenGetItem_RoundTripsEveryAttributeType()
    {
        await CreateTableAsync();
        var item = new Dictionary<string, AttributeValue>
        {
            ["pk"] = new() { S = "a" },
            ["sk"] = new() { S = "b" },
            ["n"] = new() { N = "12.50" },
            ["bin"] = new() { B = new MemoryStream([1, 2, 255]) },
            ["ss"] = new() { SS = ["x", "y"] },
            ["ns"] = new() { NS = ["1", "2"] },
            ["bs"] = new() { BS = [new MemoryStream([7])] },
            ["flag"] = new() { BOOL = false },
            ["nothing"] = new() { NULL = true },
            ["list"] = new() { L = [new() { S = "in" }, new() { L = [] }] },
            ["map"] = new() { M = new() { ["k"] = new() { N = "1" }, ["empty"] = new() { M = [] } } },
        };

        await _sdk.PutItemAsync(new PutItemRequest { TableName = "Music", Item = item });
        var got = await _sdk.GetItemAsync(new GetItemRequest { TableName = "Music", Key = Key("a", "b") });

        got.Item["n"].N.ShouldBe("12.5");
        got.Item["bin"].B.ToArray().ShouldBe(new byte[] { 1, 2, 255 });
        got.Item["ss"].SS.ShouldBe(["x", "y"]);
        got.Item["ns"].NS.ShouldBe(["1", "2"]);
        got.Item["bs"].BS.Single().ToArray().ShouldBe(new byte[] { 7 });
        got.Item["flag"].BOOL.ShouldBe(false);
        got.Item["nothing"].NULL.ShouldBe(true);
        got.Item["list"].L[1].L.ShouldBeEmpty();
        got.Item["list"].L[1].IsLSet.ShouldBeTrue();
        got.Item["map"].M["empty"].IsMSet.ShouldBeTrue();
        got.ResponseMetadata.RequestId.ShouldMatch("^[A-Z0-9]{52}$");
    }

    [Test]
    public async Task GetItem_MissingTable_ThrowsResourceNotFoundException()
    {
        await ShouldFailAsync<ResourceNotFoundException>(
            () => _sdk.GetItemAsync(new GetItemRequest { TableName = "Nope", Key = Key("a", "b") }),
            "ResourceNotFoundException",
            "Requested resource not found");
    }

    [Test]
    public async Task DescribeTable_Timestamps_MatchTheDirectClient()
    {
        await CreateTableAsync();
        var direct = await Client.DescribeTableAsync("Music");
        var wire = await _sdk.DescribeTableAsync("Music");
        wire.Table.CreationDateTime.ShouldBe(direct.Table.CreationDateTime);
        wire.Table.TableArn.ShouldBe(direct.Table.TableArn);
    }
}
