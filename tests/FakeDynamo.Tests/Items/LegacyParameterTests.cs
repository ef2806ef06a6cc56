using FakeDynamo.Tests.Support;

namespace FakeDynamo.Tests.Items;

public class LegacyParameterTests : FakeDynamoTestBase
{
    [SetUp]
    public async Task Seed()
    {
        await CreateTableAsync();
        var item = Doc.Map("{\"n\":5,\"s\":\"hello\",\"ss\":{\"$SS\":[\"x\",\"y\"]},\"l\":[1]}");
        item["pk"] = new AttributeValue { S = "a" };
        item["sk"] = new AttributeValue { S = "b" };
        await Client.PutItemAsync("Music", item);
    }

    private static AttributeValue N(string n) => new() { N = n };

    private static AttributeValue S(string s) => new() { S = s };

    private async Task<bool> Holds(Dictionary<string, ExpectedAttributeValue> expected, ConditionalOperator? op = null)
    {
        try
        {
            await Client.DeleteItemAsync(new DeleteItemRequest { TableName = "Music", Key = Key("zz", "zz"), Expected = expected, ConditionalOperator = op });
            return true;
        }
        catch (ConditionalCheckFailedException)
        {
            return false;
        }
    }

    private async Task<string> Stored()
    {
        var item = (await Client.GetItemAsync("Music", Key("a", "b"))).Item;
        item.Remove("pk");
        item.Remove("sk");
        return Doc.Render(item);
    }

    [Test]
    public async Task Expected_ExistsAndValue_FollowLegacySemantics()
    {
        // Checked against the item (pk=a, sk=b) through a conditional Put that rewrites it unchanged.
        async Task<bool> OnItem(Dictionary<string, ExpectedAttributeValue> expected, ConditionalOperator? op = null)
        {
            try
            {
                var current = (await Client.GetItemAsync("Music", Key("a", "b"))).Item;
                await Client.PutItemAsync(new PutItemRequest { TableName = "Music", Item = current, Expected = expected, ConditionalOperator = op });
                return true;
            }
            catch (ConditionalCheckFailedException)
            {
                return false;
            }
        }

        (await OnItem(new() { ["n"] = new ExpectedAttributeValue { Value = N("5.0") } })).ShouldBeTrue();
        (await OnItem(new() { ["n"] = new ExpectedAttributeValue { Exists = true, Value = N("6") } })).ShouldBeFalse();
        (await OnItem(new() { ["nope"] = new ExpectedAttributeValue { Exists = false } })).ShouldBeTrue();
        (await OnItem(new() { ["n"] = new ExpectedAttributeValue { Exists = false } })).ShouldBeFalse();
        (await OnItem(new() { ["n"] = new ExpectedAttributeValue { ComparisonOperator = ComparisonOperator.BETWEEN, AttributeValueList = [N("1"), N("9")] } })).ShouldBeTrue();
        (await OnItem(new() { ["s"] = new ExpectedAttributeValue { ComparisonOperator = ComparisonOperator.BEGINS_WITH, AttributeValueList = [S("he")] } })).ShouldBeTrue();
        (await OnItem(new() { ["ss"] = new ExpectedAttributeValue { ComparisonOperator = ComparisonOperator.CONTAINS, AttributeValueList = [S("x")] } })).ShouldBeTrue();
        (await OnItem(new() { ["ss"] = new ExpectedAttributeValue { ComparisonOperator = ComparisonOperator.NOT_CONTAINS, AttributeValueList = [S("x")] } })).ShouldBeFalse();
        (await OnItem(new() { ["n"] = new ExpectedAttributeValue { ComparisonOperator = ComparisonOperator.IN, AttributeValueList = [N("1"), N("5")] } })).ShouldBeTrue();
        (await OnItem(new() { ["nope"] = new ExpectedAttributeValue { ComparisonOperator = ComparisonOperator.NE, AttributeValueList = [N("1")] } })).ShouldBeTrue();
        (await OnItem(new() { ["nope"] = new ExpectedAttributeValue { ComparisonOperator = ComparisonOperator.NULL } })).ShouldBeTrue();
        (await OnItem(new() { ["n"] = new ExpectedAttributeValue { ComparisonOperator = ComparisonOperator.NOT_NULL } })).ShouldBeTrue();
        var oneFails = new Dictionary<string, ExpectedAttributeValue> { ["n"] = new() { Value = N("5") }, ["s"] = new() { Value = S("no") } };
        (await OnItem(oneFails)).ShouldBeFalse();
        (await OnItem(oneFails, ConditionalOperator.OR)).ShouldBeTrue();
    }

    [Test]
    public async Task Expected_OnMissingItem_AttributesAbsent()
    {
        (await Holds(new() { ["n"] = new ExpectedAttributeValue { Exists = false } })).ShouldBeTrue();
        (await Holds(new() { ["n"] = new ExpectedAttributeValue { Value = N("5") } })).ShouldBeFalse();
    }

    // Data-plane §4.6 [DYN].
    [TestCase("exists-true", "One or more parameter values were invalid: Value must be provided when Exists is true for Attribute: n")]
    [TestCase("empty", "One or more parameter values were invalid: Value must be provided when Exists is null for Attribute: n")]
    [TestCase("exists-false-value", "One or more parameter values were invalid: Value cannot be used when Exists is false for Attribute: n")]
    [TestCase("exists-and-op", "One or more parameter values were invalid: Exists and ComparisonOperator cannot be used together for Attribute: n")]
    [TestCase("value-and-list", "One or more parameter values were invalid: Value and AttributeValueList cannot be used together for Attribute: n")]
    [TestCase("list-no-op", "One or more parameter values were invalid: AttributeValueList can only be used with a ComparisonOperator for Attribute: n")]
    [TestCase("op-no-value", "One or more parameter values were invalid: Value or AttributeValueList must be used with ComparisonOperator: EQ for Attribute: n")]
    [TestCase("arity", "One or more parameter values were invalid: Invalid number of argument(s) for the BETWEEN ComparisonOperator")]
    [TestCase("mixed", "One or more parameter values were invalid: AttributeValues inside AttributeValueList must be of same type")]
    [TestCase("between", "The BETWEEN condition was provided a range where the lower bound is greater than the upper bound")]
    [TestCase("begins-n", "One or more parameter values were invalid: ComparisonOperator BEGINS_WITH is not valid for N AttributeValue type")]
    [TestCase("lt-ss", "One or more parameter values were invalid: ComparisonOperator LT is not valid for SS AttributeValue type")]
    public async Task Expected_Invalid_ThrowsLegacyText(string shape, string message)
    {
        var value = shape switch
        {
            "exists-true" => new ExpectedAttributeValue { Exists = true },
            "empty" => new ExpectedAttributeValue(),
            "exists-false-value" => new ExpectedAttributeValue { Exists = false, Value = N("1") },
            "exists-and-op" => new ExpectedAttributeValue { Exists = true, ComparisonOperator = ComparisonOperator.EQ, Value = N("1") },
            "value-and-list" => new ExpectedAttributeValue { ComparisonOperator = ComparisonOperator.EQ, Value = N("1"), AttributeValueList = [N("1")] },
            "list-no-op" => new ExpectedAttributeValue { AttributeValueList = [N("1")] },
            "op-no-value" => new ExpectedAttributeValue { ComparisonOperator = ComparisonOperator.EQ },
            "arity" => new ExpectedAttributeValue { ComparisonOperator = ComparisonOperator.BETWEEN, AttributeValueList = [N("1")] },
            "mixed" => new ExpectedAttributeValue { ComparisonOperator = ComparisonOperator.IN, AttributeValueList = [N("1"), S("a")] },
            "begins-n" => new ExpectedAttributeValue { ComparisonOperator = ComparisonOperator.BEGINS_WITH, AttributeValueList = [N("1")] },
            "lt-ss" => new ExpectedAttributeValue { ComparisonOperator = ComparisonOperator.LT, AttributeValueList = [new AttributeValue { SS = ["a"] }] },
            _ => new ExpectedAttributeValue { ComparisonOperator = ComparisonOperator.BETWEEN, AttributeValueList = [N("9"), N("1")] },
        };
        await ShouldFailValidationAsync(() => Holds(new() { ["n"] = value }), message);
    }

    [Test]
    public async Task AttributeUpdates_EachAction_AppliesLegacySemantics()
    {
        await Client.UpdateItemAsync("Music", Key("a", "b"), new Dictionary<string, AttributeValueUpdate>
        {
            ["n"] = new() { Action = AttributeAction.ADD, Value = N("2") },
            ["ss"] = new() { Action = AttributeAction.DELETE, Value = new AttributeValue { SS = ["x"] } },
            ["l"] = new() { Action = AttributeAction.ADD, Value = new AttributeValue { L = [N("2")] } },
            ["s"] = new() { Action = AttributeAction.DELETE },
            ["a.b"] = new() { Value = S("literal") },
        });
        (await Stored()).ShouldBe("{\"a.b\":\"literal\",\"l\":[1,2],\"n\":7,\"ss\":{\"$SS\":[\"y\"]}}");
    }

    [Test]
    public async Task AttributeUpdates_UpdatedNew_ReportsTouchedAttributes()
    {
        var response = await Client.UpdateItemAsync("Music", Key("a", "b"), new Dictionary<string, AttributeValueUpdate>
        {
            ["n"] = new() { Action = AttributeAction.PUT, Value = N("1") },
        }, ReturnValue.UPDATED_OLD);
        Doc.Render(response.Attributes).ShouldBe("{\"n\":5}");
    }

    [TestCase("PUT", null, "One or more parameter values were invalid: Only DELETE action is allowed when no attribute value is specified")]
    [TestCase("DELETE", "S", "One or more parameter values were invalid: DELETE action with value is not supported for the type S")]
    [TestCase("ADD", "M", "One or more parameter values were invalid: ADD action is not supported for the type M")]
    [TestCase("ADD", "SS", "Type mismatch for attribute to update")]
    public async Task AttributeUpdates_Invalid_ThrowsLegacyText(string action, string? type, string message)
    {
        var value = type switch
        {
            "S" => S("x"),
            "M" => new AttributeValue { M = new() { ["k"] = N("1") } },
            "SS" => new AttributeValue { SS = ["q"] },
            _ => null,
        };
        var updates = new Dictionary<string, AttributeValueUpdate> { [type == "SS" ? "n" : "v"] = new() { Action = new AttributeAction(action), Value = value } };
        await ShouldFailValidationAsync(() => Client.UpdateItemAsync("Music", Key("a", "b"), updates), message);
        (await Stored()).ShouldBe("{\"l\":[1],\"n\":5,\"s\":\"hello\",\"ss\":{\"$SS\":[\"x\",\"y\"]}}");
    }

    [Test]
    public async Task AttributeUpdates_KeyAttribute_ThrowsKeyText()
    {
        var updates = new Dictionary<string, AttributeValueUpdate> { ["sk"] = new() { Value = S("c") } };
        await ShouldFailValidationAsync(() => Client.UpdateItemAsync("Music", Key("a", "b"), updates),
            "One or more parameter values were invalid: Cannot update attribute sk. This attribute is part of the key");
    }

    [Test]
    public async Task ScanFilterAndQueryFilter_FilterLikeExpressions()
    {
        var scan = await Client.ScanAsync(new ScanRequest
        {
            TableName = "Music",
            ScanFilter = new() { ["n"] = new Condition { ComparisonOperator = ComparisonOperator.GT, AttributeValueList = [N("4")] } },
        });
        (scan.Count, scan.ScannedCount).ShouldBe((1, 1));
        var query = await Client.QueryAsync(new QueryRequest
        {
            TableName = "Music",
            KeyConditions = new() { ["pk"] = new Condition { ComparisonOperator = ComparisonOperator.EQ, AttributeValueList = [S("a")] } },
            QueryFilter = new() { ["n"] = new Condition { ComparisonOperator = ComparisonOperator.LT, AttributeValueList = [N("4")] } },
        });
        (query.Count, query.ScannedCount).ShouldBe((0, 1));
    }

    [Test]
    public async Task KeyConditions_NonIndexableOperator_ThrowsLegacyText()
    {
        var request = new QueryRequest
        {
            TableName = "Music",
            KeyConditions = new() { ["pk"] = new Condition { ComparisonOperator = ComparisonOperator.NE, AttributeValueList = [S("a")] } },
        };
        await ShouldFailValidationAsync(() => Client.QueryAsync(request), "Attempted conditional constraint is not an indexable operation");
    }

    [Test]
    public async Task ConditionalOperatorWithoutExpected_ThrowsValidation()
    {
        var request = new DeleteItemRequest { TableName = "Music", Key = Key("a", "b"), ConditionalOperator = ConditionalOperator.AND };
        await ShouldFailValidationAsync(() => Client.DeleteItemAsync(request), "One or more parameter values were invalid: ConditionalOperator can only be used when Expected is present");
    }
}
