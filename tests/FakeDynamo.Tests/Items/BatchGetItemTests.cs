using System.Globalization;
using FakeDynamo.Tests.Support;

namespace FakeDynamo.Tests.Items;

public class BatchGetItemTests : FakeDynamoTestBase
{
    [SetUp]
    public async Task CreateTables()
    {
        await CreateTableAsync("Music");
        await CreateTableAsync("Other");
        await PutAsync("Music", "a", "1", ("v", new AttributeValue { S = "x" }));
        await PutAsync("Music", "a", "2");
    }

    private Task<BatchGetItemResponse> Get(Dictionary<string, KeysAndAttributes> items) =>
        Client.BatchGetItemAsync(new BatchGetItemRequest { RequestItems = items });

    [Test]
    public async Task BatchGetItem_FoundAndMissing_ReturnsFoundPerTable()
    {
        var response = await Get(new()
        {
            ["Music"] = new KeysAndAttributes { Keys = [Key("a", "1"), Key("a", "2"), Key("a", "missing")] },
            ["Other"] = new KeysAndAttributes { Keys = [Key("a", "1")] },
        });

        response.Responses["Music"].Select(i => i["sk"].S).ShouldBe(["1", "2"], ignoreOrder: true);
        response.Responses["Other"].ShouldNotBeNull();
        response.Responses["Other"].ShouldBeEmpty();
        response.UnprocessedKeys.ShouldNotBeNull();
        response.UnprocessedKeys.ShouldBeEmpty();
    }

    [Test]
    public async Task BatchGetItem_ResponseItems_AreCopies()
    {
        var first = await Get(new() { ["Music"] = new KeysAndAttributes { Keys = [Key("a", "1")] } });
        first.Responses["Music"][0]["v"].S = "mutated";
        (await Client.GetItemAsync("Music", Key("a", "1"))).Item["v"].S.ShouldBe("x");
    }

    [Test]
    public async Task BatchGetItem_SameKeyTwice_ThrowsDuplicates()
    {
        await ShouldFailValidationAsync(() => Get(new() { ["Music"] = new KeysAndAttributes { Keys = [Key("a", "1"), Key("a", "1")] } }),
            "Provided list of item keys contains duplicates");
    }

    [Test]
    public async Task BatchGetItem_NumericallyEqualKeyTexts_NotDuplicatesAndItemOnce()
    {
        await Client.CreateTableAsync(new CreateTableRequest
        {
            TableName = "Nums", BillingMode = BillingMode.PAY_PER_REQUEST,
            KeySchema = [new KeySchemaElement("pk", KeyType.HASH)],
            AttributeDefinitions = [new AttributeDefinition("pk", ScalarAttributeType.N)],
        });
        await Client.PutItemAsync("Nums", new() { ["pk"] = new() { N = "1000" } });
        var response = await Get(new() { ["Nums"] = new KeysAndAttributes { Keys = [new() { ["pk"] = new() { N = "1000" } }, new() { ["pk"] = new() { N = "1e3" } }] } });
        response.Responses["Nums"].Count.ShouldBe(1);
    }

    [Test]
    public async Task BatchGetItem_MoreThan100KeysOverTables_ThrowsTooMany()
    {
        static List<Dictionary<string, AttributeValue>> Keys(int n) => Enumerable.Range(0, n).Select(i => Key("a", i.ToString(CultureInfo.InvariantCulture))).ToList();
        await ShouldFailValidationAsync(
            () => Get(new() { ["Music"] = new KeysAndAttributes { Keys = Keys(60) }, ["Other"] = new KeysAndAttributes { Keys = Keys(41) } }),
            "Too many items requested for the BatchGetItem call");
    }

    [Test]
    public async Task BatchGetItem_EmptyKeysAndRequestItems_ThrowEnvelope()
    {
        await ShouldFailValidationAsync(() => Get(new() { ["Music"] = new KeysAndAttributes { Keys = [] } }),
            "1 validation error detected: Value '[]' at 'requestItems.Music.member.keys' failed to satisfy constraint: Member must have length greater than or equal to 1");
        await ShouldFailValidationAsync(() => Get([]),
            "1 validation error detected: Value '{}' at 'requestItems' failed to satisfy constraint: Member must have length greater than or equal to 1");
        await ShouldFailValidationAsync(() => Client.BatchGetItemAsync(new BatchGetItemRequest()),
            "1 validation error detected: Value null at 'requestItems' failed to satisfy constraint: Member must not be null");
    }

    [Test]
    public async Task BatchGetItem_101KeysForOneTable_ThrowsLengthEnvelope()
    {
        var keys = Enumerable.Range(0, 101).Select(i => Key("a", i.ToString(CultureInfo.InvariantCulture))).ToList();
        var exception = await Should.ThrowAsync<AmazonDynamoDBException>(() => Get(new() { ["Music"] = new KeysAndAttributes { Keys = keys } }));
        exception.Message.ShouldStartWith("1 validation error detected: Value '[{pk=AttributeValue: {S:a}, sk=AttributeValue: {S:0}}, ");
        exception.Message.ShouldEndWith("' at 'requestItems.Music.member.keys' failed to satisfy constraint: Member must have length less than or equal to 100");
    }

    [Test]
    public async Task BatchGetItem_MissingTable_ThrowsResourceNotFound()
    {
        await ShouldFailAsync<ResourceNotFoundException>(
            () => Get(new() { ["Music"] = new KeysAndAttributes { Keys = [Key("a", "1")] }, ["Nope"] = new KeysAndAttributes { Keys = [Key("a", "1")] } }),
            "ResourceNotFoundException", "Requested resource not found");
    }

    [Test]
    public async Task BatchGetItem_KeyNotMatchingSchema_ThrowsSchemaText()
    {
        await ShouldFailValidationAsync(() => Get(new() { ["Music"] = new KeysAndAttributes { Keys = [new() { ["pk"] = new() { S = "a" } }] } }),
            "The provided key element does not match the schema");
    }

}
