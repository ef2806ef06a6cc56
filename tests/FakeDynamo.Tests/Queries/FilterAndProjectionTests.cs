using FakeDynamo.Tests.Support;

namespace FakeDynamo.Tests.Queries;

public class FilterAndProjectionTests : FakeDynamoTestBase
{
    [SetUp]
    public async Task Seed()
    {
        await CreateTableAsync();
        foreach (var (sk, n) in new[] { ("1", "1"), ("2", "2"), ("3", "3"), ("4", "4") })
        {
            var item = Doc.Map($"{{\"n\":{n},\"a\":{{\"b\":[10,11,12],\"c\":\"x\"}},\"l\":[0,1,2,3]}}");
            item["pk"] = new AttributeValue { S = "p" };
            item["sk"] = new AttributeValue { S = sk };
            await Client.PutItemAsync("Music", item);
        }
    }

    private static Dictionary<string, AttributeValue> Values(string json) => Doc.Map(json);

    [Test]
    public async Task Scan_Filter_CountsAfterFilterScannedBefore()
    {
        var response = await Client.ScanAsync(new ScanRequest
        {
            TableName = "Music",
            FilterExpression = "n >= :two",
            ExpressionAttributeValues = Values("{\":two\":2}"),
        });
        response.Count.ShouldBe(3);
        response.ScannedCount.ShouldBe(4);
        response.Items.Select(i => i["n"].N).ShouldBe(["2", "3", "4"]);
    }

    [Test]
    public async Task Query_LimitCountsEvaluatedItemsBeforeFilter()
    {
        var response = await Client.QueryAsync(new QueryRequest
        {
            TableName = "Music",
            KeyConditionExpression = "pk = :p",
            FilterExpression = "n <> :one",
            ExpressionAttributeValues = Values("{\":p\":\"p\",\":one\":1}"),
            Limit = 2,
        });
        response.Count.ShouldBe(1);
        response.ScannedCount.ShouldBe(2);
        response.Items.Single()["sk"].S.ShouldBe("2");
        response.LastEvaluatedKey["sk"].S.ShouldBe("2");
    }

    [Test]
    public async Task Query_SelectCountWithFilter_CountsMatches()
    {
        var response = await Client.QueryAsync(new QueryRequest
        {
            TableName = "Music",
            KeyConditionExpression = "pk = :p",
            FilterExpression = "n IN (:one, :two)",
            ExpressionAttributeValues = Values("{\":p\":\"p\",\":one\":1,\":two\":2}"),
            Select = Select.COUNT,
        });
        response.Items.ShouldBeNull();
        (response.Count, response.ScannedCount).ShouldBe((2, 4));
    }

    // Data-plane §3.7: re-nested, list elements compacted in index order, missing paths dropped, keys not implied.
    [TestCase("n", "{\"n\":1}")]
    [TestCase("a.b[2], a.b[0]", "{\"a\":{\"b\":[10,12]}}")]
    [TestCase("l[3], a.c, nope, a.zz", "{\"a\":{\"c\":\"x\"},\"l\":[3]}")]
    [TestCase("#k, l[9]", "{\"sk\":\"1\"}")]
    [TestCase("nope", "{}")]
    public async Task GetItem_Projection_KeepsOnlyThePaths(string projection, string expected)
    {
        var request = new GetItemRequest { TableName = "Music", Key = Key("p", "1"), ProjectionExpression = projection };
        if (projection.Contains("#k"))
        {
            request.ExpressionAttributeNames = new() { ["#k"] = "sk" };
        }

        Doc.Render((await Client.GetItemAsync(request)).Item).ShouldBe(expected);
    }

    [Test]
    public async Task GetItem_ProjectionOfMissingItem_HasNoItem()
    {
        (await Client.GetItemAsync(new GetItemRequest { TableName = "Music", Key = Key("p", "9"), ProjectionExpression = "n" })).Item.ShouldBeNull();
    }

    [Test]
    public async Task GetItem_AttributesToGet_AreLiteralNames()
    {
        var response = await Client.GetItemAsync(new GetItemRequest { TableName = "Music", Key = Key("p", "1"), AttributesToGet = ["n", "a.c"] });
        Doc.Render(response.Item).ShouldBe("{\"n\":1}");
    }

    [Test]
    public async Task GetItem_DuplicateAttributesToGet_ThrowsServiceText()
    {
        await ShouldFailValidationAsync(() => Client.GetItemAsync(new GetItemRequest { TableName = "Music", Key = Key("p", "1"), AttributesToGet = ["n", "n"] }),
            "One or more parameter values were invalid: Duplicate value in attribute name: n");
    }

    [Test]
    public async Task BatchGetItem_Projection_AppliesPerTable()
    {
        var response = await Client.BatchGetItemAsync(new Dictionary<string, KeysAndAttributes>
        {
            ["Music"] = new() { Keys = [Key("p", "1"), Key("p", "2")], ProjectionExpression = "#n", ExpressionAttributeNames = new() { ["#n"] = "n" } },
        });
        response.Responses["Music"].Select(Doc.Render).Order().ShouldBe(["{\"n\":1}", "{\"n\":2}"]);
    }

    [Test]
    public async Task Scan_Projection_ReturnsProjectedItems()
    {
        var response = await Client.ScanAsync(new ScanRequest { TableName = "Music", ProjectionExpression = "sk" });
        response.Items.Select(Doc.Render).ShouldBe(["{\"sk\":\"1\"}", "{\"sk\":\"2\"}", "{\"sk\":\"3\"}", "{\"sk\":\"4\"}"]);
    }

    // Read-path texts are bare (data-plane §0.1).
    [TestCase("n = ", null, "Invalid FilterExpression: Syntax error; token: \"<EOF>\", near: \"=\"")]
    [TestCase("", null, "Invalid FilterExpression: The expression can not be empty;")]
    [TestCase("size = :v", null, "Invalid FilterExpression: Attribute name is a reserved keyword; reserved keyword: size")]
    [TestCase(null, "a.b, a", "Invalid ProjectionExpression: Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [a, b], path two: [a]")]
    [TestCase(null, "a.b[0], a.b[0]", "Invalid ProjectionExpression: Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [a, b, [0]], path two: [a, b, [0]]")]
    [TestCase(null, "a.b, a[0]", "Invalid ProjectionExpression: Two document paths conflict with each other; must remove or rewrite one of these paths; path one: [a, b], path two: [a, [0]]")]
    [TestCase(null, "a,", "Invalid ProjectionExpression: Syntax error; token: \"<EOF>\", near: \",\"")]
    [TestCase(null, "a,,b", "Invalid ProjectionExpression: Syntax error; token: \",\", near: \",,b\"")]
    [TestCase(null, "a[99999999999999]", "Invalid ProjectionExpression: List index is not within the allowable range; index: [99999999999999]")]
    [TestCase(null, "", "Invalid ProjectionExpression: The expression can not be empty;")]
    [TestCase(null, "name", "Invalid ProjectionExpression: Attribute name is a reserved keyword; reserved keyword: name")]
    [TestCase(null, "n", "ExpressionAttributeValues can only be specified when using expressions: FilterExpression is null")]
    [TestCase("n = :w", null, "Value provided in ExpressionAttributeValues unused in expressions: keys: {:v}")]
    public async Task Scan_InvalidFilterOrProjection_ThrowsBareText(string? filter, string? projection, string message)
    {
        var values = message.StartsWith("ExpressionAttributeValues", StringComparison.Ordinal) || filter?.Contains(":v") == true ? Values("{\":v\":1}")
            : filter?.Contains(":w") == true ? Values("{\":v\":1,\":w\":1}")
            : null;
        var request = new ScanRequest { TableName = "Music", FilterExpression = filter, ProjectionExpression = projection, ExpressionAttributeValues = values };
        await ShouldFailValidationAsync(() => Client.ScanAsync(request), message);
    }

    [Test]
    public async Task GetItem_UnusedNameInProjection_ThrowsBareText()
    {
        var request = new GetItemRequest { TableName = "Music", Key = Key("p", "1"), ProjectionExpression = "n", ExpressionAttributeNames = new() { ["#x"] = "x" } };
        await ShouldFailValidationAsync(() => Client.GetItemAsync(request), "Value provided in ExpressionAttributeNames unused in expressions: keys: {#x}");
    }

    [Test]
    public async Task Query_FilterOnKeyAttribute_ThrowsBareText()
    {
        var request = new QueryRequest
        {
            TableName = "Music",
            KeyConditionExpression = "pk = :p",
            FilterExpression = "n > :p AND sk = :p",
            ExpressionAttributeValues = Values("{\":p\":\"p\"}"),
        };
        await ShouldFailValidationAsync(() => Client.QueryAsync(request), "Filter Expression can only contain non-primary key attributes: Primary key attribute: sk");
    }

    [Test]
    public async Task Query_QueryFilterOnKeyAttribute_ThrowsLegacyText()
    {
        var request = new QueryRequest
        {
            TableName = "Music",
            KeyConditionExpression = "pk = :p",
            ExpressionAttributeValues = Values("{\":p\":\"p\"}"),
            QueryFilter = new() { ["pk"] = new Condition { ComparisonOperator = ComparisonOperator.NOT_NULL } },
        };
        await ShouldFailValidationAsync(() => Client.QueryAsync(request),
            "Can not use both expression and non-expression parameters in the same request: Non-expression parameters: {QueryFilter} Expression parameters: {KeyConditionExpression}");
        request.KeyConditionExpression = null;
        request.ExpressionAttributeValues = null;
        request.KeyConditions = new() { ["pk"] = new Condition { ComparisonOperator = ComparisonOperator.EQ, AttributeValueList = [new AttributeValue { S = "p" }] } };
        await ShouldFailValidationAsync(() => Client.QueryAsync(request), "QueryFilter can only contain non-primary key attributes: Primary key attribute: pk");
    }

    [Test]
    public async Task GetItem_ProjectionDeeperThan32Levels_ThrowsNestingText()
    {
        var path = "a" + string.Concat(Enumerable.Repeat(".b", 32));
        await ShouldFailValidationAsync(() => Client.GetItemAsync(new GetItemRequest { TableName = "Music", Key = Key("p", "1"), ProjectionExpression = path }),
            "Invalid ProjectionExpression: The document path has too many nesting levels; nesting levels: 33");
    }
}
