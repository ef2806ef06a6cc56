using FakeDynamo.Tests.Support;

namespace FakeDynamo.Tests.Items;

/// <summary>
/// The enum members of the legacy write parameters (Expected's ComparisonOperator, ConditionalOperator,
/// AttributeUpdates' Action) are shape constraints (data-plane §1.3): an unknown value gets the enum envelope with the
/// request's other shape violations, before the table is read and without writing anything (§1.4).
/// </summary>
public class LegacyEnumValidationTests : FakeDynamoTestBase
{
    private const string Operators = "[IN, NULL, BETWEEN, LT, NOT_CONTAINS, EQ, GT, NOT_NULL, NE, LE, BEGINS_WITH, GE, CONTAINS]";

    [SetUp]
    public async Task Seed()
    {
        await CreateTableAsync();
        await PutAsync("Music", "a", "b", ("n", new AttributeValue { N = "5" }));
    }

    private async Task<string> StoredAsync() => Doc.Render((await Client.GetItemAsync("Music", Key("a", "b"))).Item);

    private static Dictionary<string, ExpectedAttributeValue> Expected(string op) =>
        new() { ["n"] = new ExpectedAttributeValue { ComparisonOperator = new ComparisonOperator(op), AttributeValueList = [new AttributeValue { N = "5" }] } };

    [Test]
    public async Task PutItem_UnknownExpectedOperator_ThrowsEnumEnvelope()
    {
        var before = await StoredAsync();
        var item = Key("a", "b");
        item["n"] = new AttributeValue { N = "6" };
        await ShouldFailValidationAsync(
            () => Client.PutItemAsync(new PutItemRequest { TableName = "Music", Item = item, Expected = Expected("GARBAGE") }),
            "1 validation error detected: Value 'GARBAGE' at 'expected.n.member.comparisonOperator' failed to satisfy constraint: " +
            "Member must satisfy enum value set: " + Operators);
        (await StoredAsync()).ShouldBe(before);
    }

    [Test]
    public async Task DeleteItem_UnknownExpectedAndConditionalOperator_ReportedTogether()
    {
        var request = new DeleteItemRequest
        {
            TableName = "Music",
            Key = Key("a", "b"),
            ReturnValues = new ReturnValue("DOG"),
            Expected = Expected("GARBAGE"),
            ConditionalOperator = new ConditionalOperator("GARBAGE"),
        };
        await ShouldFailValidationAsync(() => Client.DeleteItemAsync(request),
            "3 validation errors detected: " +
            "Value 'DOG' at 'returnValues' failed to satisfy constraint: Member must satisfy enum value set: [ALL_NEW, UPDATED_OLD, ALL_OLD, NONE, UPDATED_NEW]; " +
            "Value 'GARBAGE' at 'expected.n.member.comparisonOperator' failed to satisfy constraint: Member must satisfy enum value set: " + Operators + "; " +
            "Value 'GARBAGE' at 'conditionalOperator' failed to satisfy constraint: Member must satisfy enum value set: [OR, AND]");
        (await Client.GetItemAsync("Music", Key("a", "b"))).Item.ShouldNotBeEmpty();
    }

    [Test]
    public async Task DeleteItem_UnknownConditionalOperatorOnMissingTable_ThrowsValidation()
    {
        var request = new DeleteItemRequest
        {
            TableName = "Nope",
            Key = Key("a", "b"),
            Expected = Expected("EQ"),
            ConditionalOperator = new ConditionalOperator("GARBAGE"),
        };
        await ShouldFailValidationAsync(() => Client.DeleteItemAsync(request),
            "1 validation error detected: Value 'GARBAGE' at 'conditionalOperator' failed to satisfy constraint: Member must satisfy enum value set: [OR, AND]");
    }

    [Test]
    public async Task UpdateItem_UnknownAction_ThrowsEnumEnvelope()
    {
        var before = await StoredAsync();
        var request = new UpdateItemRequest
        {
            TableName = "Music",
            Key = Key("a", "b"),
            AttributeUpdates = new() { ["n"] = new AttributeValueUpdate { Action = new AttributeAction("GARBAGE"), Value = new AttributeValue { N = "1" } } },
        };
        await ShouldFailValidationAsync(() => Client.UpdateItemAsync(request),
            "1 validation error detected: Value 'GARBAGE' at 'attributeUpdates.n.member.action' failed to satisfy constraint: Member must satisfy enum value set: [ADD, PUT, DELETE]");
        (await StoredAsync()).ShouldBe(before);
    }

    [Test]
    public async Task UpdateItem_UnknownActionExpectedAndConditionalOperator_ReportedTogether()
    {
        var request = new UpdateItemRequest
        {
            TableName = "Music",
            Key = Key("a", "b"),
            AttributeUpdates = new() { ["x"] = new AttributeValueUpdate { Action = new AttributeAction("REPLACE"), Value = new AttributeValue { N = "1" } } },
            Expected = Expected("GARBAGE"),
            ConditionalOperator = new ConditionalOperator("GARBAGE"),
        };
        await ShouldFailValidationAsync(() => Client.UpdateItemAsync(request),
            "3 validation errors detected: " +
            "Value 'REPLACE' at 'attributeUpdates.x.member.action' failed to satisfy constraint: Member must satisfy enum value set: [ADD, PUT, DELETE]; " +
            "Value 'GARBAGE' at 'expected.n.member.comparisonOperator' failed to satisfy constraint: Member must satisfy enum value set: " + Operators + "; " +
            "Value 'GARBAGE' at 'conditionalOperator' failed to satisfy constraint: Member must satisfy enum value set: [OR, AND]");
    }

    [Test]
    public async Task UpdateItem_UnknownActionWithUpdateExpression_ThrowsEnumBeforeMixing()
    {
        // Shape constraints come before the expression/non-expression mixing check (data-plane §1.4 phases 2 and 3).
        var request = new UpdateItemRequest
        {
            TableName = "Music",
            Key = Key("a", "b"),
            UpdateExpression = "SET m = :v",
            ExpressionAttributeValues = new() { [":v"] = new AttributeValue { N = "1" } },
            AttributeUpdates = new() { ["x"] = new AttributeValueUpdate { Action = new AttributeAction("GARBAGE"), Value = new AttributeValue { N = "1" } } },
        };
        await ShouldFailValidationAsync(() => Client.UpdateItemAsync(request),
            "1 validation error detected: Value 'GARBAGE' at 'attributeUpdates.x.member.action' failed to satisfy constraint: Member must satisfy enum value set: [ADD, PUT, DELETE]");
    }
}
