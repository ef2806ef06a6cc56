namespace FakeDynamo.Tests.Queries;

public class QueryErrorTests : ReadTestBase
{
    [SetUp]
    public async Task Seed()
    {
        await CreateTableAsync();
        await SeedAsync("a", 3);
    }

    [Test]
    public async Task Query_NoKeyCondition_ThrowsEither()
    {
        await ShouldFailValidationAsync(() => Client.QueryAsync(new QueryRequest { TableName = "Music" }),
            "Either the KeyConditions or KeyConditionExpression parameter must be specified in the request.");
    }

    [Test]
    public async Task Query_LimitZeroAndUnknownSelect_ReportedTogether()
    {
        var request = QueryFor("a");
        request.Limit = 0;
        request.Select = new Select("DOG");
        await ShouldFailValidationAsync(() => Client.QueryAsync(request),
            "2 validation errors detected: Value '0' at 'limit' failed to satisfy constraint: Member must have value greater than or equal to 1; "
            + "Value 'DOG' at 'select' failed to satisfy constraint: Member must satisfy enum value set: [SPECIFIC_ATTRIBUTES, COUNT, ALL_ATTRIBUTES, ALL_PROJECTED_ATTRIBUTES]");
    }

    // Query's Select-family errors carry the envelope (data-plane §5.2).
    [TestCase("SPECIFIC_ATTRIBUTES", "1 validation error detected: Must specify the AttributesToGet or ProjectionExpression when choosing to get SPECIFIC_ATTRIBUTES")]
    [TestCase("ALL_PROJECTED_ATTRIBUTES", "1 validation error detected: ALL_PROJECTED_ATTRIBUTES can be used only when Querying using an IndexName")]
    public async Task Query_SelectMisuse_ThrowsEnvelopedText(string select, string message)
    {
        var request = QueryFor("a");
        request.Select = new Select(select);
        await ShouldFailValidationAsync(() => Client.QueryAsync(request), message);
    }

    [Test]
    public async Task Query_ProjectionWithSelectCount_ThrowsEnvelopedText()
    {
        var request = QueryFor("a");
        request.Select = Select.COUNT;
        request.ProjectionExpression = "pk";
        await ShouldFailValidationAsync(() => Client.QueryAsync(request),
            "1 validation error detected: Cannot specify the ProjectionExpression when choosing to get only the Count");
    }

    // Schema checks after the table lookup: bare texts (data-plane §5.3).
    [TestCase("sk = :s", "Query condition missed key schema element: pk")]
    [TestCase("pk = :p AND xyz = :s", "Query condition missed key schema element: sk")]
    [TestCase("pk > :p", "Query key condition not supported")]
    [TestCase("pk = :n", "One or more parameter values were invalid: Condition parameter type does not match schema type")]
    [TestCase("pk = :p AND sk > :n", "One or more parameter values were invalid: Condition parameter type does not match schema type")]
    [TestCase("pk = :e", "One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain an empty string value. Key: pk")]
    [TestCase("pk = :p AND sk > :s AND xyz = :e", "Conditions can be of length 1 or 2 only")]
    public async Task Query_ConditionNotMatchingSchema_ThrowsBareText(string condition, string message)
    {
        var names = new[] { ":p", ":s", ":n", ":e" }.Where(v => condition.Contains(v, StringComparison.Ordinal));
        var all = new Dictionary<string, AttributeValue> { [":p"] = S("a"), [":s"] = S("1"), [":n"] = N("1"), [":e"] = S("") };
        var request = new QueryRequest
        {
            TableName = "Music", KeyConditionExpression = condition,
            ExpressionAttributeValues = names.ToDictionary(n => n, n => all[n]),
        };
        await ShouldFailValidationAsync(() => Client.QueryAsync(request), message);
    }

    [Test]
    public async Task Query_TwoConditionsOnHashOnlyTable_ThrowsTooManyConditions()
    {
        await CreateTypedTableAsync("HashOnly", "S", null);
        await ShouldFailValidationAsync(
            () => Client.QueryAsync(new QueryRequest
            {
                TableName = "HashOnly", KeyConditionExpression = "pk = :p AND sk = :s", ExpressionAttributeValues = Values((":p", S("a")), (":s", S("b"))),
            }),
            "The number of query conditions (2) exceeds the number of key attributes defined in the schema (1)");
    }

    [Test]
    public async Task Query_MissingTable_ThrowsResourceNotFoundAfterExpressionChecks()
    {
        var request = QueryFor("a");
        request.TableName = "Nope";
        await ShouldFailAsync<ResourceNotFoundException>(() => Client.QueryAsync(request), "ResourceNotFoundException", "Requested resource not found");
        request.KeyConditionExpression = "pk = :p AND";
        await ShouldFailValidationAsync(() => Client.QueryAsync(request),
            "Invalid KeyConditionExpression: Syntax error; token: \"<EOF>\", near: \"AND\"");
    }

    [Test]
    public async Task Query_UnusedPlaceholders_ThrowBareText()
    {
        var request = QueryFor("a", null, (":x", S("x")));
        await ShouldFailValidationAsync(() => Client.QueryAsync(request), "Value provided in ExpressionAttributeValues unused in expressions: keys: {:x}");
        request = QueryFor("a");
        request.ExpressionAttributeNames = new() { ["#n"] = "pk" };
        await ShouldFailValidationAsync(() => Client.QueryAsync(request), "Value provided in ExpressionAttributeNames unused in expressions: keys: {#n}");
    }

    [Test]
    public async Task Query_EmptyValueMap_ThrowsBareText()
    {
        var request = new QueryRequest { TableName = "Music", KeyConditionExpression = "pk = :p", ExpressionAttributeValues = [] };
        await ShouldFailValidationAsync(() => Client.QueryAsync(request), "ExpressionAttributeValues must not be empty");
    }

    [Test]
    public async Task Query_StartKeyOtherPartition_ThrowsOutsideBoundaries()
    {
        var request = QueryFor("a");
        request.ExclusiveStartKey = Key("b", "01");
        await ShouldFailValidationAsync(() => Client.QueryAsync(request), "The provided starting key is outside query boundaries based on provided conditions");
    }

    [Test]
    public async Task Query_StartKeyOutsideSortRange_ThrowsPredicateMismatch()
    {
        var request = QueryFor("a", "sk > :s", (":s", S("02")));
        request.ExclusiveStartKey = Key("a", "01");
        await ShouldFailValidationAsync(() => Client.QueryAsync(request), "The provided starting key does not match the range key predicate");
    }

    [Test]
    public async Task Query_StartKeyOtherPartitionWithSortCondition_ThrowsCannotRestart()
    {
        var request = QueryFor("a", "sk < :s", (":s", S("02")));
        request.ExclusiveStartKey = Key("b", "01");
        await ShouldFailValidationAsync(() => Client.QueryAsync(request), "The query can return at most one row and cannot be restarted");
    }

    [Test]
    public async Task Query_StartKeyAtEqualityRow_ReturnsEmptyPage()
    {
        var request = QueryFor("a", "sk = :s", (":s", S("02")));
        request.Limit = 1;
        var first = await Client.QueryAsync(request);
        first.Items.Single()["sk"].S.ShouldBe("02");
        request.ExclusiveStartKey = first.LastEvaluatedKey;
        var second = await Client.QueryAsync(request);
        second.Items.ShouldBeEmpty();
        second.LastEvaluatedKey.ShouldBeNull();
    }

    [Test]
    public async Task Query_StartKeyWrongAttributes_ThrowsInvalidStartKey()
    {
        var request = QueryFor("a");
        request.ExclusiveStartKey = new() { ["pk"] = S("a") };
        await ShouldFailValidationAsync(() => Client.QueryAsync(request), "The provided starting key is invalid");
        request.ExclusiveStartKey = new() { ["pk"] = S("a"), ["sk"] = N("1") };
        await ShouldFailValidationAsync(() => Client.QueryAsync(request), "The provided key element does not match the schema");
        request.ExclusiveStartKey = new() { ["pk"] = S("a"), ["sk"] = new AttributeValue() };
        await ShouldFailValidationAsync(() => Client.QueryAsync(request),
            "The provided starting key is invalid: Supplied AttributeValue is empty, must contain exactly one of the supported datatypes");
    }

    [Test]
    public async Task Query_StartKeyOnHashOnlyTable_ThrowsCannotRestart()
    {
        await CreateTypedTableAsync("HashOnly", "S", null);
        var request = new QueryRequest
        {
            TableName = "HashOnly", KeyConditionExpression = "pk = :p", ExpressionAttributeValues = Values((":p", S("KPQ4X3JE19"))),
            ExclusiveStartKey = Values(("pk", S("KPQ4X3JE19"))),
        };
        await ShouldFailValidationAsync(() => Client.QueryAsync(request),
            "The provided exclusive start key is invalid: ExclusiveStartKey: {pk=AttributeValue: {S:KPQ4X3JE19}}");
    }

    [Test]
    public async Task Query_LegacyAndExpressionParameters_ThrowsMixingText()
    {
        var request = QueryFor("a");
        request.AttributesToGet = ["pk"];
        request.ProjectionExpression = "pk";
        request.KeyConditions = new() { ["pk"] = new Condition { ComparisonOperator = ComparisonOperator.EQ, AttributeValueList = [S("a")] } };
        await ShouldFailValidationAsync(() => Client.QueryAsync(request),
            "Can not use both expression and non-expression parameters in the same request: Non-expression parameters: {AttributesToGet, KeyConditions} Expression parameters: {ProjectionExpression, KeyConditionExpression}");
    }

    [Test]
    public async Task Query_LegacyKeyConditionsWithProjectionOnly_IsNotMixing()
    {
        var request = new QueryRequest
        {
            TableName = "Music",
            ProjectionExpression = "pk",
            KeyConditions = new() { ["pk"] = new Condition { ComparisonOperator = ComparisonOperator.EQ, AttributeValueList = [S("a")] } },
        };
        (await Client.QueryAsync(request)).Items.ShouldAllBe(i => i.Count == 1 && i.ContainsKey("pk"));
    }

    [Test]
    public async Task Query_HashOnlyTableWithLimit_NoLastEvaluatedKeySoPaginatorsEnd()
    {
        await CreateTypedTableAsync("HashOnly", "S", null);
        await Client.PutItemAsync("HashOnly", Values(("pk", S("a"))));
        var request = new QueryRequest
        {
            TableName = "HashOnly", KeyConditionExpression = "pk = :p", ExpressionAttributeValues = Values((":p", S("a"))), Limit = 1,
        };
        var items = new List<Dictionary<string, AttributeValue>>();
        await foreach (var page in Client.Paginators.Query(request).Responses)
        {
            items.AddRange(page.Items);
        }

        items.Count.ShouldBe(1);
    }
}
