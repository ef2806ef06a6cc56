using FakeDynamo.Tests.Support;

namespace FakeDynamo.Tests.Items;

public class PutItemTests : FakeDynamoTestBase
{
    private const string Envelope = "1 validation error detected: ";

    [SetUp]
    public Task CreateTable() => CreateTableAsync();

    private Task<PutItemResponse> Put(Dictionary<string, AttributeValue> item, ReturnValue? returnValues = null) =>
        Client.PutItemAsync(new PutItemRequest { TableName = "Music", Item = item, ReturnValues = returnValues });

    private static Dictionary<string, AttributeValue> Item(params (string Name, AttributeValue Value)[] extra)
    {
        var item = Key("a", "b");
        foreach (var (name, value) in extra)
        {
            item[name] = value;
        }

        return item;
    }

    private async Task<int> CountAsync() => (await Client.ScanAsync(new ScanRequest { TableName = "Music" })).Count!.Value;

    [Test]
    public async Task PutItem_ThenGetItem_ReturnsPrivateCopy()
    {
        var item = Item(("l", new AttributeValue { L = [new() { S = "x" }] }));
        await Put(item);
        item["l"].L[0].S = "mutated request";

        var first = await Client.GetItemAsync("Music", Key("a", "b"));
        first.Item["l"].L[0].S.ShouldBe("x");
        first.Item["l"].L[0].S = "mutated response";
        (await Client.GetItemAsync("Music", Key("a", "b"))).Item["l"].L[0].S.ShouldBe("x");
    }

    [Test]
    public async Task PutItem_ReturnValuesAllOld_ReturnsPreviousItemOrNothing()
    {
        (await Put(Item(("v", new AttributeValue { N = "1" })), ReturnValue.ALL_OLD)).Attributes.ShouldBeNull();
        var second = await Put(Item(("v", new AttributeValue { N = "2" })), ReturnValue.ALL_OLD);
        second.Attributes["v"].N.ShouldBe("1");
        (await Put(Item())).Attributes.ShouldBeNull();
    }

    [Test]
    public async Task PutItem_ReplacesWholeItem()
    {
        await Put(Item(("old", new AttributeValue { S = "x" })));
        await Put(Item(("new", new AttributeValue { S = "y" })));
        var item = (await Client.GetItemAsync("Music", Key("a", "b"))).Item;
        item.Keys.ShouldBe(["pk", "sk", "new"], ignoreOrder: true);
    }

    [Test]
    public async Task PutItem_NumbersAnywhere_ReadBackCanonical()
    {
        await Put(Item(("n", new AttributeValue { N = "1E+3" }), ("m", new AttributeValue { M = new() { ["x"] = new() { NS = ["+1.50", "-0"] } } })));
        var item = (await Client.GetItemAsync("Music", Key("a", "b"))).Item;
        item["n"].N.ShouldBe("1000");
        item["m"].M["x"].NS.ShouldBe(["1.5", "0"], ignoreOrder: true);
    }

    [TestCase("ALL_NEW")]
    [TestCase("UPDATED_OLD")]
    [TestCase("UPDATED_NEW")]
    public async Task PutItem_ReturnValuesNotAllowed_ThrowsInvalidValue(string returnValues)
    {
        await ShouldFailValidationAsync(() => Put(Item(), new ReturnValue(returnValues)), "Return values set to invalid value");
        (await CountAsync()).ShouldBe(0);
    }

    [Test]
    public async Task PutItem_ReturnValuesUnknown_ThrowsEnumEnvelope()
    {
        await ShouldFailValidationAsync(() => Put(Item(), new ReturnValue("DOG")),
            "1 validation error detected: Value 'DOG' at 'returnValues' failed to satisfy constraint: Member must satisfy enum value set: [ALL_NEW, UPDATED_OLD, ALL_OLD, NONE, UPDATED_NEW]");
    }

    [Test]
    public async Task PutItem_MissingTableNameAndItem_ReportsBoth()
    {
        await ShouldFailValidationAsync(() => Client.PutItemAsync(new PutItemRequest()),
            "2 validation errors detected: Value null at 'tableName' failed to satisfy constraint: Member must not be null; Value null at 'item' failed to satisfy constraint: Member must not be null");
    }

    // Value errors on PutItem carry the 2026 envelope (data-plane §0.1, §2.1, §2.2).
    [TestCase("SS", "One or more parameter values were invalid: An string set  may not be empty")]
    [TestCase("NS", "One or more parameter values were invalid: An number set  may not be empty")]
    [TestCase("BS", "One or more parameter values were invalid: Binary sets should not be empty")]
    [TestCase("EMPTY", "Supplied AttributeValue is empty, must contain exactly one of the supported datatypes")]
    [TestCase("TWO", "Supplied AttributeValue has more than one datatypes set, must contain exactly one of the supported datatypes")]
    [TestCase("NULLFALSE", "One or more parameter values were invalid: Null attribute value types must have the value of true")]
    [TestCase("BADNUMBER", "The parameter cannot be converted to a numeric value: abc")]
    [TestCase("SSDUP", "One or more parameter values were invalid: Input collection [a, a] contains duplicates.")]
    [TestCase("NSDUP", "Input collection contains duplicates")]
    [TestCase("BSDUP", "One or more parameter values were invalid: Input collection [Yg==, Yg==]of type BS contains duplicates.")]
    [TestCase("NESTEDEMPTYSET", "One or more parameter values were invalid: An string set  may not be empty")]
    public async Task PutItem_InvalidValue_ThrowsEnvelopedText(string kind, string message)
    {
        var value = kind switch
        {
            "SS" => new AttributeValue { SS = [] },
            "NS" => new AttributeValue { NS = [] },
            "BS" => new AttributeValue { BS = [] },
            "EMPTY" => new AttributeValue(),
            "TWO" => new AttributeValue { S = "x", N = "1" },
            "NULLFALSE" => new AttributeValue { NULL = false },
            "BADNUMBER" => new AttributeValue { N = "abc" },
            "SSDUP" => new AttributeValue { SS = ["a", "a"] },
            "NSDUP" => new AttributeValue { NS = ["1", "1.0"] },
            "BSDUP" => new AttributeValue { BS = [new MemoryStream("b"u8.ToArray()), new MemoryStream("b"u8.ToArray())] },
            _ => new AttributeValue { L = [new() { M = new() { ["s"] = new() { SS = [] } } }] },
        };
        await ShouldFailValidationAsync(() => Put(Item(("v", value))), Envelope + message);
        (await CountAsync()).ShouldBe(0);
    }

    [Test]
    public async Task PutItem_EmptyStringsAndEmptyContainers_Accepted()
    {
        await Put(Item(("s", new AttributeValue { S = "" }), ("l", new AttributeValue { L = [] }), ("m", new AttributeValue { M = [] }), ("b", new AttributeValue { BOOL = false })));
        var item = (await Client.GetItemAsync("Music", Key("a", "b"))).Item;
        item["s"].S.ShouldBe("");
        item["l"].L.ShouldBeEmpty();
        item["b"].BOOL.ShouldBe(false);
    }

    [Test]
    public async Task PutItem_MissingKey_ThrowsMissingKey()
    {
        await ShouldFailValidationAsync(() => Put(new() { ["pk"] = new() { S = "a" } }),
            "One or more parameter values were invalid: Missing the key sk in the item");
    }

    [Test]
    public async Task PutItem_KeyOfWrongType_ThrowsTypeMismatch()
    {
        await ShouldFailValidationAsync(() => Put(new() { ["pk"] = new() { N = "1" }, ["sk"] = new() { S = "b" } }),
            "One or more parameter values were invalid: Type mismatch for key pk expected: S actual: N");
    }

    [Test]
    public async Task PutItem_EmptyKeyString_ThrowsEmptyKey()
    {
        await ShouldFailValidationAsync(() => Put(new() { ["pk"] = new() { S = "" }, ["sk"] = new() { S = "b" } }),
            "One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain an empty string value. Key: pk");
    }

    [Test]
    public async Task PutItem_KeysOverSizeLimits_ThrowServiceTexts()
    {
        await Put(new() { ["pk"] = new() { S = new string('p', 2048) }, ["sk"] = new() { S = new string('s', 1024) } });
        await ShouldFailValidationAsync(() => Put(new() { ["pk"] = new() { S = new string('p', 2049) }, ["sk"] = new() { S = "b" } }),
            "One or more parameter values were invalid: Size of hashkey has exceeded the maximum size limit of2048 bytes");
        await ShouldFailValidationAsync(() => Put(new() { ["pk"] = new() { S = "a" }, ["sk"] = new() { S = new string('s', 1025) } }),
            "One or more parameter values were invalid: Aggregated size of all range keys has exceeded the size limit of 1024 bytes");
    }

    [Test]
    public async Task PutItem_ItemSizeAtLimit_AcceptedAndOneByteMoreRejected()
    {
        // pk=a (3 bytes) + sk=b (3 bytes) + "d" (1 byte) + value: 409,600 bytes in total (data-plane §2.6).
        await Put(Item(("d", new AttributeValue { S = new string('x', 409_600 - 7) })));
        await ShouldFailValidationAsync(() => Put(Item(("d", new AttributeValue { S = new string('x', 409_600 - 6) }))),
            "Item size has exceeded the maximum allowed size");
    }

    [Test]
    public async Task PutItem_OversizeItemOnMissingTable_SizeErrorWins()
    {
        await ShouldFailValidationAsync(
            () => Client.PutItemAsync("Nope", Item(("d", new AttributeValue { S = new string('x', 409_600) }))),
            "Item size has exceeded the maximum allowed size");
    }

    [Test]
    public async Task PutItem_MissingTable_ThrowsResourceNotFound()
    {
        await ShouldFailAsync<ResourceNotFoundException>(() => Client.PutItemAsync("Nope", Item()), "ResourceNotFoundException", "Requested resource not found");
    }

    [Test]
    public async Task PutItem_NestingDepth_31MapsAcceptedAnd32Rejected()
    {
        static AttributeValue Chain(int maps)
        {
            var value = new AttributeValue { S = "leaf" };
            for (var i = 0; i < maps; i++) value = new AttributeValue { M = new() { ["m"] = value } };
            return value;
        }

        await Put(Item(("deep", Chain(31))));
        await ShouldFailValidationAsync(() => Put(Item(("deep", Chain(32)))), Envelope + "Nesting Levels have exceeded supported limits");
    }

    [Test]
    public async Task PutItem_PlaceholderMapsWithoutCondition_ThrowEnvelopedTexts()
    {
        await ShouldFailValidationAsync(
            () => Client.PutItemAsync(new PutItemRequest { TableName = "Music", Item = Item(), ExpressionAttributeNames = new() { ["#a"] = "a" } }),
            Envelope + "ExpressionAttributeNames can only be specified when using expressions");
        await ShouldFailValidationAsync(
            () => Client.PutItemAsync(new PutItemRequest { TableName = "Music", Item = Item(), ExpressionAttributeValues = new() { [":a"] = new() { S = "a" } } }),
            Envelope + "ExpressionAttributeValues can only be specified when using expressions: ConditionExpression is null");
        await ShouldFailValidationAsync(
            () => Client.PutItemAsync(new PutItemRequest { TableName = "Music", Item = Item(), ExpressionAttributeValues = [] }),
            Envelope + "ExpressionAttributeValues must not be empty");
    }

    [Test]
    public async Task PutItem_CapacityNotRequested_HasNoConsumedCapacity()
    {
        (await Put(Item())).ConsumedCapacity.ShouldBeNull();
        (await Client.PutItemAsync(new PutItemRequest { TableName = "Music", Item = Item(), ReturnConsumedCapacity = ReturnConsumedCapacity.NONE })).ConsumedCapacity.ShouldBeNull();
    }

    [Test]
    public async Task PutItem_ExpectedWithConditionExpression_ThrowsMixingText()
    {
        await ShouldFailValidationAsync(
            () => Client.PutItemAsync(new PutItemRequest
            {
                TableName = "Music", Item = Item(), ConditionExpression = "attribute_not_exists(pk)",
                Expected = new() { ["pk"] = new ExpectedAttributeValue { Exists = false } },
            }),
            "Can not use both expression and non-expression parameters in the same request: Non-expression parameters: {Expected} Expression parameters: {ConditionExpression}");
    }
}
