using FakeDynamo.Errors;
using FakeDynamo.Expressions;

namespace FakeDynamo.Tests.Expressions;

public class ExpressionAttributesTests
{
    [Test]
    public void From_EmptyNames_Rejected()
    {
        Should.Throw<ServiceError>(() => ExpressionAttributes.From(new Dictionary<string, string>(), null, enveloped: false))
            .Message.ShouldBe("ExpressionAttributeNames must not be empty");
    }

    [Test]
    public void From_EmptyValuesEnveloped_CarriesEnvelope()
    {
        Should.Throw<ServiceError>(() => ExpressionAttributes.From(null, new Dictionary<string, AttributeValue>(), enveloped: true))
            .Message.ShouldBe("1 validation error detected: ExpressionAttributeValues must not be empty");
    }

    [TestCase("a")]
    [TestCase("#")]
    [TestCase("#a-b")]
    public void From_BadNameKey_Rejected(string key)
    {
        Should.Throw<ServiceError>(() => ExpressionAttributes.From(new Dictionary<string, string> { [key] = "x" }, null, enveloped: false))
            .Message.ShouldBe($"ExpressionAttributeNames contains invalid key: Syntax error; key: \"{key}\"");
    }

    [Test]
    public void From_BadValueKey_Rejected()
    {
        Should.Throw<ServiceError>(() => ExpressionAttributes.From(null, new Dictionary<string, AttributeValue> { ["v"] = new() { S = "x" } }, enveloped: false))
            .Message.ShouldBe("ExpressionAttributeValues contains invalid key: Syntax error; key: \"v\"");
    }

    [Test]
    public void From_InvalidValue_NamesTheKey()
    {
        Should.Throw<ServiceError>(() => ExpressionAttributes.From(null, new Dictionary<string, AttributeValue> { [":v"] = new() }, enveloped: false))
            .Message.ShouldBe("ExpressionAttributeValues contains invalid value: Supplied AttributeValue is empty, must contain exactly one of the supported datatypes for key :v");
    }

    [Test]
    public void CheckAllUsed_UnusedNames_ListsAllOfThem()
    {
        var attributes = ExpressionAttributes.From(new Dictionary<string, string> { ["#a"] = "a", ["#b"] = "b", ["#k"] = "pk" }, new Dictionary<string, AttributeValue> { [":p"] = new() { S = "p" } }, enveloped: false);
        KeyConditions.Parse("#k = :p", attributes);
        Should.Throw<ServiceError>(attributes.CheckAllUsed)
            .Message.ShouldBe("Value provided in ExpressionAttributeNames unused in expressions: keys: {#a, #b}");
    }

    [Test]
    public void CheckAllUsed_UnusedValues_Rejected()
    {
        var attributes = ExpressionAttributes.From(null, new Dictionary<string, AttributeValue> { [":p"] = new() { S = "p" }, [":x"] = new() { S = "x" } }, enveloped: false);
        KeyConditions.Parse("pk = :p", attributes);
        Should.Throw<ServiceError>(attributes.CheckAllUsed)
            .Message.ShouldBe("Value provided in ExpressionAttributeValues unused in expressions: keys: {:x}");
    }

    [Test]
    public void From_CallerMutatesValuesAfterwards_ResolvedValueUnchanged()
    {
        var values = new Dictionary<string, AttributeValue> { [":p"] = new() { S = "p" } };
        var attributes = ExpressionAttributes.From(null, values, enveloped: false);
        values[":p"].S = "changed";
        KeyConditions.Parse("pk = :p", attributes)[0].Values[0].S.ShouldBe("p");
    }
}
