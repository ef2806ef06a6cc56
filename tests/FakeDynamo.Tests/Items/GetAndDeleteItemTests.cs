using FakeDynamo.Tests.Support;

namespace FakeDynamo.Tests.Items;

public class GetAndDeleteItemTests : FakeDynamoTestBase
{
    [SetUp]
    public async Task CreateTable()
    {
        await CreateTableAsync();
        await PutAsync("Music", "a", "b", ("v", new AttributeValue { S = "x" }));
    }

    [Test]
    public async Task GetItem_MissingItem_ItemIsNull()
    {
        var response = await Client.GetItemAsync("Music", Key("a", "zzz"));
        response.Item.ShouldBeNull();
        response.IsItemSet.ShouldBeFalse();
    }

    [Test]
    public async Task GetItem_TableArn_FindsItem()
    {
        var arn = (await Client.DescribeTableAsync("Music")).Table.TableArn;
        (await Client.GetItemAsync(arn, Key("a", "b"))).Item["v"].S.ShouldBe("x");
    }

    [TestCase("extra")]
    [TestCase("missing")]
    [TestCase("type")]
    public async Task GetItem_KeyNotMatchingSchema_ThrowsBareText(string problem)
    {
        var key = Key("a", "b");
        switch (problem)
        {
            case "extra": key["v"] = new AttributeValue { S = "x" }; break;
            case "missing": key.Remove("sk"); break;
            default: key["sk"] = new AttributeValue { N = "1" }; break;
        }

        await ShouldFailValidationAsync(() => Client.GetItemAsync("Music", key), "The provided key element does not match the schema");
    }

    [Test]
    public async Task GetItem_InvalidKeyValue_ThrowsBareText()
    {
        await ShouldFailValidationAsync(() => Client.GetItemAsync("Music", new() { ["pk"] = new(), ["sk"] = new() { S = "b" } }),
            "Supplied AttributeValue is empty, must contain exactly one of the supported datatypes");
    }

    [Test]
    public async Task GetItem_EmptyKeyValue_ThrowsEmptyKey()
    {
        await ShouldFailValidationAsync(() => Client.GetItemAsync("Music", Key("a", "")),
            "One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain an empty string value. Key: sk");
    }

    [Test]
    public async Task GetItem_NamesWithoutProjection_ThrowsBareText()
    {
        await ShouldFailValidationAsync(
            () => Client.GetItemAsync(new GetItemRequest { TableName = "Music", Key = Key("a", "b"), ExpressionAttributeNames = new() { ["#a"] = "a" } }),
            "ExpressionAttributeNames can only be specified when using expressions");
    }

    [Test]
    public async Task GetItem_MissingTable_ThrowsResourceNotFound()
    {
        await ShouldFailAsync<ResourceNotFoundException>(() => Client.GetItemAsync("Nope", Key("a", "b")), "ResourceNotFoundException", "Requested resource not found");
    }

    [Test]
    public async Task DeleteItem_ReturnValuesAllOld_ReturnsDeletedItemThenNothing()
    {
        var first = await Client.DeleteItemAsync("Music", Key("a", "b"), ReturnValue.ALL_OLD);
        first.Attributes["v"].S.ShouldBe("x");
        (await Client.GetItemAsync("Music", Key("a", "b"))).Item.ShouldBeNull();
        var second = await Client.DeleteItemAsync("Music", Key("a", "b"), ReturnValue.ALL_OLD);
        second.Attributes.ShouldBeNull();
    }

    [Test]
    public async Task DeleteItem_ReturnValuesAllNew_ThrowsInvalidValueAndKeepsItem()
    {
        await ShouldFailValidationAsync(() => Client.DeleteItemAsync("Music", Key("a", "b"), ReturnValue.ALL_NEW), "Return values set to invalid value");
        (await Client.GetItemAsync("Music", Key("a", "b"))).Item.ShouldNotBeNull();
    }

    [Test]
    public async Task DeleteItem_InvalidKeyValue_ThrowsEnvelopedText()
    {
        await ShouldFailValidationAsync(() => Client.DeleteItemAsync("Music", new() { ["pk"] = new() { S = "a" }, ["sk"] = new() { SS = [] } }),
            "1 validation error detected: One or more parameter values were invalid: An string set  may not be empty");
    }

    [Test]
    public async Task DeleteItem_KeyNotMatchingSchema_ThrowsBareText()
    {
        await ShouldFailValidationAsync(() => Client.DeleteItemAsync("Music", new() { ["pk"] = new() { S = "a" } }),
            "The provided key element does not match the schema");
    }

    [Test]
    public async Task DeleteItem_MissingItem_Succeeds()
    {
        var response = await Client.DeleteItemAsync("Music", Key("nobody", "here"));
        response.Attributes.ShouldBeNull();
    }

    [Test]
    public async Task GetItem_EmptyAttributesToGet_ThrowsEnvelope()
    {
        await ShouldFailValidationAsync(
            () => Client.GetItemAsync(new GetItemRequest { TableName = "Music", Key = Key("a", "b"), AttributesToGet = [] }),
            "1 validation error detected: Value '[]' at 'attributesToGet' failed to satisfy constraint: Member must have length greater than or equal to 1");
    }

    [Test]
    public async Task DeleteItem_UnknownReturnValuesOnConditionCheckFailure_ThrowsEnvelope()
    {
        await ShouldFailValidationAsync(
            () => Client.DeleteItemAsync(new DeleteItemRequest { TableName = "Music", Key = Key("a", "b"), ReturnValuesOnConditionCheckFailure = new ReturnValuesOnConditionCheckFailure("DOG") }),
            "1 validation error detected: Value 'DOG' at 'returnValuesOnConditionCheckFailure' failed to satisfy constraint: Member must satisfy enum value set: [ALL_OLD, NONE]");
        (await Client.GetItemAsync("Music", Key("a", "b"))).Item.ShouldNotBeNull();
    }
}
