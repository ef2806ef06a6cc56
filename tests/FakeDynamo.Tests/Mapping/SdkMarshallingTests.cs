using FakeDynamo.Tests.Support;

namespace FakeDynamo.Tests.Mapping;

/// <summary>
/// Enum members are sent as the SDK's marshaller writes them: known values interned case-insensitively
/// (<c>new Select("count")</c> goes out as <c>COUNT</c>), unknown ones verbatim. Runs on the direct fake and, in the
/// wire build, through the real marshaller — both must agree.
/// </summary>
public sealed class SdkMarshallingTests : FakeDynamoTestBase
{
    [SetUp]
    public async Task CreateTableWithOneItem()
    {
        await CreateTableAsync();
        await PutAsync("Music", "a", "b");
    }

    [Test]
    public async Task Scan_SelectBuiltInLowerCase_IsSentAsTheKnownValue()
    {
        var request = new ScanRequest { TableName = "Music", Select = new Select("count") };

        var response = await Client.ScanAsync(request);

        response.Count.ShouldBe(1);
        response.Items.ShouldBeNull();
        request.Select.Value.ShouldBe("count", "the caller's request is not changed");
    }

    [Test]
    public async Task PutItem_ReturnValuesAndLegacyOperatorInMixedCase_AreSentAsKnownValues()
    {
        var response = await Client.PutItemAsync(new PutItemRequest
        {
            TableName = "Music",
            Item = Key("a", "b"),
            ReturnValues = new ReturnValue("all_old"),
            Expected = new() { ["pk"] = new ExpectedAttributeValue { ComparisonOperator = new ComparisonOperator("Not_Null") } },
        });

        response.Attributes.ShouldNotBeNull()["pk"].S.ShouldBe("a");
    }

    [Test]
    public async Task Scan_UnknownSelect_IsSentVerbatimAndRejected()
    {
        await ShouldFailValidationAsync(
            () => Client.ScanAsync(new ScanRequest { TableName = "Music", Select = new Select("dog") }),
            "1 validation error detected: Value 'dog' at 'select' failed to satisfy constraint: Member must satisfy enum value set: [SPECIFIC_ATTRIBUTES, COUNT, ALL_ATTRIBUTES, ALL_PROJECTED_ATTRIBUTES]");
    }
}
