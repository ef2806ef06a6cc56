using FakeDynamo.Tests.Support;

namespace FakeDynamo.Tests.Items;

public class ConditionalWriteTests : FakeDynamoTestBase
{
    private const string Envelope = "1 validation error detected: ";

    [SetUp]
    public Task CreateTable() => CreateTableAsync();

    private static Dictionary<string, AttributeValue> Item(string v)
    {
        var item = Key("a", "b");
        item["v"] = new AttributeValue { S = v };
        return item;
    }

    private async Task<string?> StoredV() => (await Client.GetItemAsync("Music", Key("a", "b"))).Item?.GetValueOrDefault("v")?.S;

    [Test]
    public async Task PutItem_AttributeNotExistsOnNewItem_Writes()
    {
        await Client.PutItemAsync(new PutItemRequest { TableName = "Music", Item = Item("1"), ConditionExpression = "attribute_not_exists(pk)" });
        (await StoredV()).ShouldBe("1");
    }

    [Test]
    public async Task PutItem_ConditionFails_ThrowsAndWritesNothing()
    {
        await Client.PutItemAsync("Music", Item("1"));
        var request = new PutItemRequest { TableName = "Music", Item = Item("2"), ConditionExpression = "attribute_not_exists(pk)" };
        var error = await ShouldFailAsync<ConditionalCheckFailedException>(() => Client.PutItemAsync(request), "ConditionalCheckFailedException", "The conditional request failed");
        error.Item.ShouldBeNull();
        (await StoredV()).ShouldBe("1");
    }

    [Test]
    public async Task PutItem_ConditionFailsWithAllOld_ReturnsCurrentItem()
    {
        await Client.PutItemAsync("Music", Item("1"));
        var request = new PutItemRequest
        {
            TableName = "Music",
            Item = Item("2"),
            ConditionExpression = "#v = :v",
            ExpressionAttributeNames = new() { ["#v"] = "v" },
            ExpressionAttributeValues = new() { [":v"] = new AttributeValue { S = "other" } },
            ReturnValuesOnConditionCheckFailure = ReturnValuesOnConditionCheckFailure.ALL_OLD,
        };
        var error = await ShouldFailAsync<ConditionalCheckFailedException>(() => Client.PutItemAsync(request), "ConditionalCheckFailedException", "The conditional request failed");
        error.Item.Keys.ShouldBe(["pk", "sk", "v"], ignoreOrder: true);
        error.Item["v"].S.ShouldBe("1");
    }

    [Test]
    public async Task PutItem_ConditionFailsOnMissingItemWithAllOld_HasNoItem()
    {
        var request = new PutItemRequest
        {
            TableName = "Music",
            Item = Item("2"),
            ConditionExpression = "attribute_exists(pk)",
            ReturnValuesOnConditionCheckFailure = ReturnValuesOnConditionCheckFailure.ALL_OLD,
        };
        var error = await ShouldFailAsync<ConditionalCheckFailedException>(() => Client.PutItemAsync(request), "ConditionalCheckFailedException", "The conditional request failed");
        error.Item.ShouldBeNull();
        (await StoredV()).ShouldBeNull();
    }

    [Test]
    public async Task DeleteItem_ConditionHolds_Deletes()
    {
        await Client.PutItemAsync("Music", Item("1"));
        await Client.DeleteItemAsync(new DeleteItemRequest
        {
            TableName = "Music",
            Key = Key("a", "b"),
            ConditionExpression = "v = :v",
            ExpressionAttributeValues = new() { [":v"] = new AttributeValue { S = "1" } },
        });
        (await Client.GetItemAsync("Music", Key("a", "b"))).Item.ShouldBeNull();
    }

    [Test]
    public async Task DeleteItem_ConditionFails_ThrowsAndKeepsItem()
    {
        await Client.PutItemAsync("Music", Item("1"));
        var request = new DeleteItemRequest
        {
            TableName = "Music",
            Key = Key("a", "b"),
            ConditionExpression = "v <> :v",
            ExpressionAttributeValues = new() { [":v"] = new AttributeValue { S = "1" } },
            ReturnValuesOnConditionCheckFailure = ReturnValuesOnConditionCheckFailure.ALL_OLD,
        };
        var error = await ShouldFailAsync<ConditionalCheckFailedException>(() => Client.DeleteItemAsync(request), "ConditionalCheckFailedException", "The conditional request failed");
        error.Item["v"].S.ShouldBe("1");
        (await StoredV()).ShouldBe("1");
    }

    [Test]
    public async Task DeleteItem_ConditionOnMissingItem_FailsWithoutItem()
    {
        var request = new DeleteItemRequest { TableName = "Music", Key = Key("a", "b"), ConditionExpression = "attribute_exists(v)" };
        await ShouldFailAsync<ConditionalCheckFailedException>(() => Client.DeleteItemAsync(request), "ConditionalCheckFailedException", "The conditional request failed");
    }

    // Put/Delete expression errors carry the 2026 envelope (data-plane §0.1).
    [TestCase("a = ", "Invalid ConditionExpression: Syntax error; token: \"<EOF>\", near: \"=\"")]
    [TestCase("size = :v", "Invalid ConditionExpression: Attribute name is a reserved keyword; reserved keyword: size")]
    [TestCase("v = :w", "Invalid ConditionExpression: An expression attribute value used in expression is not defined; attribute value: :w")]
    [TestCase("attribute_exists(v)", "Value provided in ExpressionAttributeValues unused in expressions: keys: {:v}")]
    [TestCase("", "Invalid ConditionExpression: The expression can not be empty;")]
    public async Task PutItem_InvalidCondition_ThrowsEnvelopedText(string expression, string message)
    {
        var request = new PutItemRequest
        {
            TableName = "Music",
            Item = Item("2"),
            ConditionExpression = expression,
            ExpressionAttributeValues = new() { [":v"] = new AttributeValue { S = "1" } },
        };
        await ShouldFailValidationAsync(() => Client.PutItemAsync(request), Envelope + message);
        (await StoredV()).ShouldBeNull();
    }

    [Test]
    public async Task DeleteItem_InvalidCondition_ThrowsEnvelopedText()
    {
        var request = new DeleteItemRequest { TableName = "Music", Key = Key("a", "b"), ConditionExpression = "a b" };
        await ShouldFailValidationAsync(() => Client.DeleteItemAsync(request), Envelope + "Invalid ConditionExpression: Syntax error; token: \"b\", near: \"a b\"");
    }
}
