using FakeDynamo.Tests.Support;

namespace FakeDynamo.Tests.Items;

public class UpdateItemReturnValuesTests : FakeDynamoTestBase
{
    [SetUp]
    public Task CreateTable() => CreateTableAsync();

    private async Task Seed(string json)
    {
        var item = Doc.Map(json);
        item["pk"] = new AttributeValue { S = "a" };
        item["sk"] = new AttributeValue { S = "b" };
        await Client.PutItemAsync("Music", item);
    }

    private Task<UpdateItemResponse> Update(string? expression, string values, ReturnValue? returnValues, string? condition = null) =>
        Client.UpdateItemAsync(new UpdateItemRequest
        {
            TableName = "Music",
            Key = Key("a", "b"),
            UpdateExpression = expression,
            ConditionExpression = condition,
            ExpressionAttributeValues = values == "{}" ? null : Doc.Map(values),
            ReturnValues = returnValues,
        });

    private Task<GetItemResponse> Get() => Client.GetItemAsync("Music", Key("a", "b"));

    // Data-plane §4.4: nested paths re-nested, only the touched sub-path; omitted when empty.
    [TestCase("NONE", "null")]
    [TestCase("ALL_OLD", "{\"a\":{\"b\":1,\"c\":[1,2,3]},\"gone\":1,\"pk\":\"a\",\"sk\":\"b\"}")]
    [TestCase("ALL_NEW", "{\"a\":{\"b\":1,\"c\":[1,2,9,9]},\"n\":1,\"pk\":\"a\",\"sk\":\"b\"}")]
    [TestCase("UPDATED_OLD", "{\"a\":{\"c\":[3]},\"gone\":1}")]
    [TestCase("UPDATED_NEW", "{\"a\":{\"c\":[9]},\"n\":1}")]
    public async Task UpdateItem_ReturnValues_ReturnServiceShape(string returnValues, string expected)
    {
        await Seed("{\"a\":{\"b\":1,\"c\":[1,2,3]},\"gone\":1}");
        var response = await Update("SET a.c[2] = :v, n = :n, a.c[100] = :v REMOVE gone", "{\":v\":9,\":n\":1}", new ReturnValue(returnValues));
        Doc.Render(response.Attributes).ShouldBe(expected);
    }

    [Test]
    public async Task UpdateItem_RemoveListElement_UpdatedNewReportsShiftedElement()
    {
        await Seed("{\"l\":[1,2,3]}");
        var response = await Update("REMOVE l[1]", "{}", ReturnValue.UPDATED_NEW);
        Doc.Render(response.Attributes).ShouldBe("{\"l\":[3]}");
    }

    [Test]
    public async Task UpdateItem_MissingItem_CreatesItWithKeyAndValues()
    {
        var response = await Update("SET v = :v", "{\":v\":1}", ReturnValue.ALL_OLD);
        response.Attributes.ShouldBeNull();
        Doc.Render((await Get()).Item).ShouldBe("{\"pk\":\"a\",\"sk\":\"b\",\"v\":1}");
    }

    [Test]
    public async Task UpdateItem_MissingItemUpdatedOld_ReturnsNothing()
    {
        (await Update("SET v = :v", "{\":v\":1}", ReturnValue.UPDATED_OLD)).Attributes.ShouldBeNull();
        (await Update("SET w = :v", "{\":v\":1}", ReturnValue.UPDATED_OLD)).Attributes.ShouldBeNull();
    }

    [Test]
    public async Task UpdateItem_OnlyRemoveOnMissingItem_DoesNotCreateIt()
    {
        var response = await Update("REMOVE v DELETE s :s", "{\":s\":{\"$SS\":[\"x\"]}}", ReturnValue.ALL_NEW);
        response.Attributes.ShouldBeNull();
        (await Get()).Item.ShouldBeNull();
    }

    [Test]
    public async Task UpdateItem_NoExpression_CreatesKeyOnlyItem()
    {
        var response = await Update(null, "{}", ReturnValue.ALL_NEW);
        Doc.Render(response.Attributes).ShouldBe("{\"pk\":\"a\",\"sk\":\"b\"}");
        Doc.Render((await Get()).Item).ShouldBe("{\"pk\":\"a\",\"sk\":\"b\"}");
    }

    [Test]
    public async Task UpdateItem_ConditionHolds_Updates()
    {
        await Seed("{\"v\":1}");
        await Update("SET v = v + :one", "{\":one\":1}", null, "v = :one");
        Doc.Render((await Get()).Item).ShouldBe("{\"pk\":\"a\",\"sk\":\"b\",\"v\":2}");
    }

    [Test]
    public async Task UpdateItem_ConditionFails_ThrowsWithItemAndChangesNothing()
    {
        await Seed("{\"v\":1}");
        var request = new UpdateItemRequest
        {
            TableName = "Music",
            Key = Key("a", "b"),
            UpdateExpression = "SET v = :two",
            ConditionExpression = "v = :two",
            ExpressionAttributeValues = Doc.Map("{\":two\":2}"),
            ReturnValuesOnConditionCheckFailure = ReturnValuesOnConditionCheckFailure.ALL_OLD,
        };
        var error = await ShouldFailAsync<ConditionalCheckFailedException>(() => Client.UpdateItemAsync(request), "ConditionalCheckFailedException", "The conditional request failed");
        Doc.Render(error.Item).ShouldBe("{\"pk\":\"a\",\"sk\":\"b\",\"v\":1}");
        Doc.Render((await Get()).Item).ShouldBe("{\"pk\":\"a\",\"sk\":\"b\",\"v\":1}");
    }

    [Test]
    public async Task UpdateItem_ConditionOnMissingItem_DoesNotCreateIt()
    {
        var request = new UpdateItemRequest
        {
            TableName = "Music",
            Key = Key("a", "b"),
            UpdateExpression = "SET v = :v",
            ConditionExpression = "attribute_exists(pk)",
            ExpressionAttributeValues = Doc.Map("{\":v\":1}"),
        };
        await ShouldFailAsync<ConditionalCheckFailedException>(() => Client.UpdateItemAsync(request), "ConditionalCheckFailedException", "The conditional request failed");
        (await Get()).Item.ShouldBeNull();
    }

    [Test]
    public async Task UpdateItem_ValuesWithoutExpressions_ThrowsEnvelopedText()
    {
        await ShouldFailValidationAsync(() => Update(null, "{\":v\":1}", null),
            "1 validation error detected: ExpressionAttributeValues can only be specified when using expressions: UpdateExpression and ConditionExpression are null");
    }

    [Test]
    public async Task UpdateItem_ExpressionAndLegacy_ThrowsMixingText()
    {
        var request = new UpdateItemRequest
        {
            TableName = "Music",
            Key = Key("a", "b"),
            UpdateExpression = "SET v = :v",
            AttributeUpdates = new() { ["v"] = new AttributeValueUpdate { Action = AttributeAction.PUT, Value = new AttributeValue { N = "1" } } },
        };
        await ShouldFailValidationAsync(() => Client.UpdateItemAsync(request),
            "Can not use both expression and non-expression parameters in the same request: Non-expression parameters: {AttributeUpdates} Expression parameters: {UpdateExpression}");
    }

    [Test]
    public async Task UpdateItem_IsInTheChangelog_WithOldAndNewImages()
    {
        await Update("SET v = :v", "{\":v\":1}", null);
        await Update("SET v = v + :v", "{\":v\":1}", null);
        await Update("REMOVE nothing", "{}", null);
        var account = (FakeDynamo.Engine.Account)typeof(FakeDynamoDBClient)
            .GetField("_account", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!.GetValue(Fake)!;
        var changes = account.UsableTable("Music").Store.ChangesBetween(DateTimeOffset.MinValue, DateTimeOffset.MaxValue);
        changes.Count.ShouldBe(3);
        changes[0].Old.ShouldBeNull();
        changes[1].Old!["v"]!.N.ShouldBe("1");
        changes[1].New!["v"]!.N.ShouldBe("2");
    }
}
