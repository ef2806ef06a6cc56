using System.Globalization;
using FakeDynamo.Tests.Support;

namespace FakeDynamo.Tests.Items;

public class BatchWriteItemTests : FakeDynamoTestBase
{
    [SetUp]
    public async Task CreateTables()
    {
        await CreateTableAsync("Music");
        await CreateTableAsync("Other");
        await PutAsync("Music", "old", "1");
    }

    private static WriteRequest Put(string pk, string sk, params (string Name, AttributeValue Value)[] extra)
    {
        var item = Key(pk, sk);
        foreach (var (name, value) in extra) item[name] = value;
        return new WriteRequest(new PutRequest(item));
    }

    private static WriteRequest Delete(string pk, string sk) => new(new DeleteRequest(Key(pk, sk)));

    private Task<BatchWriteItemResponse> Write(Dictionary<string, List<WriteRequest>> items) =>
        Client.BatchWriteItemAsync(new BatchWriteItemRequest { RequestItems = items });

    private async Task<int> CountAsync(string table) => (await Client.ScanAsync(new ScanRequest { TableName = table })).Count!.Value;

    [Test]
    public async Task BatchWriteItem_PutsAndDeletesOverTables_AppliedAndUnprocessedEmpty()
    {
        var response = await Write(new()
        {
            ["Music"] = [Put("a", "1"), Put("a", "2"), Delete("old", "1"), Delete("never", "existed")],
            ["Other"] = [Put("x", "1")],
        });

        response.UnprocessedItems.ShouldNotBeNull();
        response.UnprocessedItems.ShouldBeEmpty();
        (await CountAsync("Music")).ShouldBe(2);
        (await CountAsync("Other")).ShouldBe(1);
    }

    [Test]
    public async Task BatchWriteItem_MissingOrEmptyRequestItems_ThrowsEnvelope()
    {
        await ShouldFailValidationAsync(() => Client.BatchWriteItemAsync(new BatchWriteItemRequest()),
            "1 validation error detected: Value null at 'requestItems' failed to satisfy constraint: Member must not be null");
        await ShouldFailValidationAsync(() => Write([]),
            "1 validation error detected: Value '{}' at 'requestItems' failed to satisfy constraint: Member must have length greater than or equal to 1");
    }

    [Test]
    public async Task BatchWriteItem_26RequestsForOneTable_ThrowsMapValueConstraint()
    {
        var requests = Enumerable.Range(0, 26).Select(i => Put("a", i.ToString(CultureInfo.InvariantCulture))).ToList();
        var exception = await Should.ThrowAsync<AmazonDynamoDBException>(() => Write(new() { ["Music"] = requests }));
        exception.ErrorCode.ShouldBe("ValidationException");
        exception.Message.ShouldStartWith("1 validation error detected: Value '{Music=[");
        exception.Message.ShouldEndWith("]}' at 'requestItems' failed to satisfy constraint: Map value must satisfy constraint: [Member must have length less than or equal to 25, Member must have length greater than or equal to 1]");
        (await CountAsync("Music")).ShouldBe(1);
    }

    [Test]
    public async Task BatchWriteItem_MoreThan25OverTables_ThrowsTooMany()
    {
        await ShouldFailValidationAsync(
            () => Write(new()
            {
                ["Music"] = Enumerable.Range(0, 13).Select(i => Put("a", i.ToString(CultureInfo.InvariantCulture))).ToList(),
                ["Other"] = Enumerable.Range(0, 13).Select(i => Put("a", i.ToString(CultureInfo.InvariantCulture))).ToList(),
            }),
            "Too many items requested for the BatchWriteItem call");
    }

    [Test]
    public async Task BatchWriteItem_RequestWithNeitherOrBoth_ThrowsLegacyText()
    {
        const string Message = "Supplied AttributeValue has more than one datatypes set, must contain exactly one of the supported datatypes";
        await ShouldFailValidationAsync(() => Write(new() { ["Music"] = [new WriteRequest()] }), Message);
        await ShouldFailValidationAsync(
            () => Write(new() { ["Music"] = [new WriteRequest { PutRequest = new PutRequest(Key("a", "1")), DeleteRequest = new DeleteRequest(Key("a", "1")) }] }),
            Message);
    }

    [Test]
    public async Task BatchWriteItem_SameKeyTwice_ThrowsDuplicatesAndWritesNothing()
    {
        await ShouldFailValidationAsync(() => Write(new() { ["Music"] = [Put("n", "1"), Delete("n", "1")] }), "Provided list of item keys contains duplicates");
        (await CountAsync("Music")).ShouldBe(1);
    }

    [Test]
    public async Task BatchWriteItem_NumericallyEqualKeys_AreDuplicates()
    {
        await CreateNumericTableAsync();
        await ShouldFailValidationAsync(
            () => Write(new() { ["Nums"] = [new WriteRequest(new PutRequest(new() { ["pk"] = new() { N = "1000" } })), new WriteRequest(new PutRequest(new() { ["pk"] = new() { N = "1e3" } }))] }),
            "Provided list of item keys contains duplicates");
    }

    [Test]
    public async Task BatchWriteItem_PutMissingKey_ThrowsSchemaText()
    {
        await ShouldFailValidationAsync(() => Write(new() { ["Music"] = [new WriteRequest(new PutRequest(new() { ["pk"] = new() { S = "a" } }))] }),
            "The provided key element does not match the schema");
    }

    [Test]
    public async Task BatchWriteItem_EmptyKeyValue_ThrowsEmptyKey()
    {
        await ShouldFailValidationAsync(() => Write(new() { ["Music"] = [Put("", "1")] }),
            "One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain an empty string value. Key: pk");
    }

    [Test]
    public async Task BatchWriteItem_InvalidValue_ThrowsBareText()
    {
        await ShouldFailValidationAsync(() => Write(new() { ["Music"] = [Put("a", "1", ("s", new AttributeValue { SS = [] }))] }),
            "One or more parameter values were invalid: An string set  may not be empty");
    }

    [Test]
    public async Task BatchWriteItem_OversizeItem_ThrowsItemSize()
    {
        await ShouldFailValidationAsync(() => Write(new() { ["Music"] = [Put("a", "1"), Put("a", "2", ("d", new AttributeValue { S = new string('x', 409_600) }))] }),
            "Item size has exceeded the maximum allowed size");
        (await CountAsync("Music")).ShouldBe(1);
    }

    [Test]
    public async Task BatchWriteItem_OneMissingTable_WritesNothing()
    {
        await ShouldFailAsync<ResourceNotFoundException>(
            () => Write(new() { ["Music"] = [Put("a", "1")], ["Nope"] = [Put("a", "1")] }),
            "ResourceNotFoundException", "Requested resource not found");
        (await CountAsync("Music")).ShouldBe(1);
    }

    private Task CreateNumericTableAsync() =>
        Client.CreateTableAsync(new CreateTableRequest
        {
            TableName = "Nums",
            BillingMode = BillingMode.PAY_PER_REQUEST,
            KeySchema = [new KeySchemaElement("pk", KeyType.HASH)],
            AttributeDefinitions = [new AttributeDefinition("pk", ScalarAttributeType.N)],
        });

    [Test]
    public async Task BatchWriteItem_BadKeyAndMissingTable_MissingTableWins()
    {
        await ShouldFailAsync<ResourceNotFoundException>(
            () => Write(new() { ["Music"] = [new WriteRequest(new PutRequest(new() { ["pk"] = new() { S = "a" } }))], ["Nope"] = [Put("a", "1")] }),
            "ResourceNotFoundException", "Requested resource not found");
    }
}
