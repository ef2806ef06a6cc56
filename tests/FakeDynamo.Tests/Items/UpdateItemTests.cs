using FakeDynamo.Tests.Support;

namespace FakeDynamo.Tests.Items;

public class UpdateItemTests : FakeDynamoTestBase
{
    private const string Envelope = "1 validation error detected: ";

    [SetUp]
    public Task CreateTable() => CreateTableAsync();

    private async Task Seed(string json)
    {
        var item = Doc.Map(json);
        item["pk"] = new AttributeValue { S = "a" };
        item["sk"] = new AttributeValue { S = "b" };
        await Client.PutItemAsync("Music", item);
    }

    private Task<UpdateItemResponse> Update(string expression, string values = "{}", ReturnValue? returnValues = null) =>
        Client.UpdateItemAsync(new UpdateItemRequest
        {
            TableName = "Music",
            Key = Key("a", "b"),
            UpdateExpression = expression,
            ExpressionAttributeValues = values == "{}" ? null : Doc.Map(values),
            ReturnValues = returnValues,
        });

    /// <summary>The stored item without its key, rendered; "null" when absent.</summary>
    private async Task<string> Stored()
    {
        var item = (await Client.GetItemAsync("Music", Key("a", "b"))).Item;
        item?.Remove("pk");
        item?.Remove("sk");
        return Doc.Render(item);
    }

    // Data-plane §3.6 semantics, one row per action.
    [TestCase("{}", "SET v = :n", "{\":n\":1}", "{\"v\":1}")]
    [TestCase("{\"m\":{\"x\":1}}", "SET m.y = :n", "{\":n\":2}", "{\"m\":{\"x\":1,\"y\":2}}")]
    [TestCase("{\"a\":5}", "SET a = a + :n", "{\":n\":1}", "{\"a\":6}")]
    [TestCase("{\"a\":5}", "SET a = :n - a", "{\":n\":1}", "{\"a\":-4}")]
    [TestCase("{\"a\":0.1}", "SET a = a + :n", "{\":n\":0.2}", "{\"a\":0.3}")]
    [TestCase("{\"a\":1e37}", "SET a = a + :n", "{\":n\":1}", "{\"a\":10000000000000000000000000000000000001}")]
    [TestCase("{\"a\":5}", "SET a = if_not_exists(a, :n), b = if_not_exists(b, :n)", "{\":n\":1}", "{\"a\":5,\"b\":1}")]
    [TestCase("{\"l\":[1]}", "SET l = list_append(l, :l)", "{\":l\":[2]}", "{\"l\":[1,2]}")]
    [TestCase("{\"l\":[1]}", "SET l = list_append(:l, l)", "{\":l\":[2]}", "{\"l\":[2,1]}")]
    [TestCase("{}", "SET l = list_append(if_not_exists(l, :e), :l)", "{\":l\":[2],\":e\":[]}", "{\"l\":[2]}")]
    [TestCase("{\"l\":[1,2]}", "SET l[5] = :n", "{\":n\":9}", "{\"l\":[1,2,9]}")]
    [TestCase("{\"l\":[1]}", "SET l[9] = :x, l[7] = :y", "{\":x\":9,\":y\":7}", "{\"l\":[1,7,9]}")]
    [TestCase("{\"l\":[1,2]}", "SET l[0] = :x", "{\":x\":9}", "{\"l\":[9,2]}")]
    [TestCase("{\"x\":1,\"y\":2}", "SET x = y, y = x", "{}", "{\"x\":2,\"y\":1}")]
    [TestCase("{\"a\":1,\"m\":{\"x\":1,\"y\":2}}", "REMOVE a, m.x", "{}", "{\"m\":{\"y\":2}}")]
    [TestCase("{\"l\":[2,3,4,5,6,7]}", "REMOVE l[1] SET l[3] = :v", "{\":v\":17}", "{\"l\":[2,4,17,6,7]}")]
    [TestCase("{\"l\":[1,2,3]}", "REMOVE l[0], l[2]", "{}", "{\"l\":[2]}")]
    [TestCase("{\"l\":[1]}", "REMOVE l[0], l[5], nope", "{}", "{\"l\":[]}")]
    [TestCase("{\"a\":1}", "REMOVE a SET b = a", "{}", "{\"b\":1}")]
    [TestCase("{\"n\":5}", "ADD n :n", "{\":n\":-7}", "{\"n\":-2}")]
    [TestCase("{}", "ADD n :n, s :s", "{\":n\":3,\":s\":{\"$SS\":[\"x\"]}}", "{\"n\":3,\"s\":{\"$SS\":[\"x\"]}}")]
    [TestCase("{\"s\":{\"$SS\":[\"a\"]}}", "ADD s :s", "{\":s\":{\"$SS\":[\"b\",\"a\"]}}", "{\"s\":{\"$SS\":[\"a\",\"b\"]}}")]
    [TestCase("{\"s\":{\"$NS\":[1,2]}}", "ADD s :s", "{\":s\":{\"$NS\":[1.0,3]}}", "{\"s\":{\"$NS\":[1,2,3]}}")]
    [TestCase("{\"s\":{\"$SS\":[\"a\",\"b\"]}}", "DELETE s :s", "{\":s\":{\"$SS\":[\"b\",\"c\"]}}", "{\"s\":{\"$SS\":[\"a\"]}}")]
    [TestCase("{\"s\":{\"$NS\":[1,2]},\"t\":1}", "DELETE s :s, nope :s", "{\":s\":{\"$NS\":[1,2.0]}}", "{\"t\":1}")]
    [TestCase("{\"m\":{\"n\":1}}", "ADD m.n :n", "{\":n\":1}", "{\"m\":{\"n\":2}}")]
    [TestCase("{\"a\":1}", "set b = (:n) remove a", "{\":n\":2}", "{\"b\":2}")]
    [TestCase("{\"l\":[{\"x\":1}]}", "SET l[0].y = :n ADD l[0].x :n", "{\":n\":2}", "{\"l\":[{\"x\":3,\"y\":2}]}")]
    [TestCase("{\"a\":5}", "DELETE s :s ADD a :n SET b = a - :n REMOVE c", "{\":n\":1,\":s\":{\"$SS\":[\"x\"]}}", "{\"a\":6,\"b\":4}")]
    public async Task UpdateItem_Action_ProducesServiceResult(string seed, string expression, string values, string expected)
    {
        await Seed(seed);
        await Update(expression, values);
        (await Stored()).ShouldBe(expected);
    }

    // Parse-time errors carry the 2026 envelope (data-plane §0.1); the item stays unchanged.
    [TestCase("SET a = :v SET b = :v", "Invalid UpdateExpression: The \"SET\" section can only be used once in an update expression;")]
    [TestCase("ADD a :n REMOVE b ADD c :n", "Invalid UpdateExpression: The \"ADD\" section can only be used once in an update expression;")]
    [TestCase("SET a = :v REMOVE a", "Invalid UpdateExpression: Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [a], path two: [a]")]
    [TestCase("SET a.b = :v, a = :v", "Invalid UpdateExpression: Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [a, b], path two: [a]")]
    [TestCase("SET a.b = :v, a[1] = :v", "Invalid UpdateExpression: Two document paths conflict with each other; must remove or rewrite one of these paths; path one: [a, b], path two: [a, [1]]")]
    [TestCase("ADD a :s", "Invalid UpdateExpression: Incorrect operand type for operator or function; operator: ADD, operand type: STRING")]
    [TestCase("ADD a :l", "Invalid UpdateExpression: Incorrect operand type for operator or function; operator: ADD, operand type: LIST")]
    [TestCase("DELETE a :n", "Invalid UpdateExpression: Incorrect operand type for operator or function; operator: DELETE, operand type: NUMBER")]
    [TestCase("SET a = :n + :s", "Invalid UpdateExpression: Incorrect operand type for operator or function; operator or function: +, operand type: S")]
    [TestCase("SET a = b - :l", "Invalid UpdateExpression: Incorrect operand type for operator or function; operator or function: -, operand type: L")]
    [TestCase("SET a = list_append(:l, :s)", "Invalid UpdateExpression: Incorrect operand type for operator or function; operator or function: list_append, operand type: S")]
    [TestCase("SET a = size(b)", "Invalid UpdateExpression: The function is not allowed to be used this way in an expression; function: size")]
    [TestCase("SET a = list_append(list_append(a, :l), :l)", "Invalid UpdateExpression: The function is not allowed to be used this way in an expression; function: list_append")]
    [TestCase("SET a = foo(b)", "Invalid UpdateExpression: Invalid function name; function: foo")]
    [TestCase("SET a = list_append(:l)", "Invalid UpdateExpression: Incorrect number of operands for operator or function; operator or function: list_append, number of operands: 1")]
    [TestCase("SET a = if_not_exists(:n, :n)", "Invalid UpdateExpression: Operator or function requires a document path; operator or function: if_not_exists")]
    [TestCase("SET size = :n", "Invalid UpdateExpression: Attribute name is a reserved keyword; reserved keyword: size")]
    [TestCase("SET #x = :n", "Invalid UpdateExpression: An expression attribute name used in the document path is not defined; attribute name: #x")]
    [TestCase("SET a = :zz", "Invalid UpdateExpression: An expression attribute value used in expression is not defined; attribute value: :zz")]
    [TestCase("SET MyStr = myNum + 1", "Invalid UpdateExpression: Syntax error; token: \"1\", near: \"+ 1\"")]
    [TestCase("SET a = :n, b = :n,", "Invalid UpdateExpression: Syntax error; token: \"<EOF>\", near: \",\"")]
    [TestCase("SET MyStr = myNum Mystr2 myNum2", "Invalid UpdateExpression: Syntax error; token: \"Mystr2\", near: \"myNum Mystr2 myNum2\"")]
    [TestCase("ADD str_set bad_value", "Invalid UpdateExpression: Syntax error; token: \"bad_value\", near: \"str_set bad_value\"")]
    [TestCase("SET _123 = :n", "Invalid UpdateExpression: Syntax error; token: \"_\", near: \"SET _123\"")]
    [TestCase("SET a = :n + :n + :n", "Invalid UpdateExpression: Syntax error; token: \"+\", near: \":n + :n\"")]
    [TestCase("SET a = if_not_exists(c, :n + :n)", "Invalid UpdateExpression: Syntax error; token: \"+\", near: \":n + :n\"")]
    [TestCase("REMOVE a = :n", "Invalid UpdateExpression: Syntax error; token: \"=\", near: \"a = :n\"")]
    [TestCase("", "Invalid UpdateExpression: The expression can not be empty;")]
    [TestCase("SET a = ((:n))", "Invalid UpdateExpression: The expression has redundant parentheses;")]
    [TestCase("SET a = :n,", "Invalid UpdateExpression: Syntax error; token: \"<EOF>\", near: \",\"")]
    [TestCase("SET a :n", "Invalid UpdateExpression: Syntax error; token: \":n\", near: \"a :n\"")]
    [TestCase("UPDATE a = :n", "Invalid UpdateExpression: Syntax error; token: \"UPDATE\", near: \"UPDATE a\"")]
    [TestCase("SET a = :n + size(b)", "Invalid UpdateExpression: The function is not allowed to be used this way in an expression; function: size")]
    [TestCase("SET a = :n", "Value provided in ExpressionAttributeValues unused in expressions: keys: {:s, :l}")]
    public async Task UpdateItem_InvalidExpression_ThrowsEnvelopedText(string expression, string message)
    {
        await Seed("{\"a\":1}");
        var values = expression.Length == 0 || expression == "SET a = :n" ? "{\":n\":1,\":s\":\"x\",\":l\":[1]}" : Needed(expression);
        await ShouldFailValidationAsync(() => Update(expression, values), Envelope + message);
        (await Stored()).ShouldBe("{\"a\":1}");
    }

    /// <summary>Only the placeholders the expression mentions, so that no unused-value error hides the one under test.</summary>
    private static string Needed(string expression)
    {
        var all = new Dictionary<string, string> { [":n"] = "1", [":s"] = "\"x\"", [":l"] = "[1]", [":v"] = "1" };
        var used = all.Where(kv => System.Text.RegularExpressions.Regex.IsMatch(expression, kv.Key + @"\b")).Select(kv => $"\"{kv.Key}\":{kv.Value}");
        return "{" + string.Join(",", used) + "}";
    }

    // Errors found while applying the update are bare (data-plane §3.6; not re-verified in 2026).
    [TestCase("{}", "SET m.x = :n", "{\":n\":1}", "The document path provided in the update expression is invalid for update")]
    [TestCase("{\"m\":1}", "SET m[0] = :n", "{\":n\":1}", "The document path provided in the update expression is invalid for update")]
    [TestCase("{\"a\":1}", "REMOVE m.x", "{}", "The document path provided in the update expression is invalid for update")]
    [TestCase("{}", "SET v = nope", "{}", "The provided expression refers to an attribute that does not exist in the item")]
    [TestCase("{}", "SET v = nope + :n", "{\":n\":1}", "The provided expression refers to an attribute that does not exist in the item")]
    [TestCase("{\"s\":\"x\"}", "SET s = s + :n", "{\":n\":1}", "An operand in the update expression has an incorrect data type")]
    [TestCase("{\"s\":\"x\"}", "SET s = list_append(s, :l)", "{\":l\":[1]}", "An operand in the update expression has an incorrect data type")]
    [TestCase("{\"s\":\"x\"}", "ADD s :n", "{\":n\":1}", "An operand in the update expression has an incorrect data type")]
    [TestCase("{\"s\":{\"$NS\":[1]}}", "ADD s :s", "{\":s\":{\"$SS\":[\"x\"]}}", "An operand in the update expression has an incorrect data type")]
    [TestCase("{\"s\":1}", "DELETE s :s", "{\":s\":{\"$SS\":[\"x\"]}}", "An operand in the update expression has an incorrect data type")]
    [TestCase("{\"a\":1e50}", "SET a = a + :n", "{\":n\":1}", "Number overflow. Attempting to store a number with magnitude larger than supported range")]
    [TestCase("{\"a\":9e125}", "ADD a :n", "{\":n\":9e125}", "Number overflow. Attempting to store a number with magnitude larger than supported range")]
    [TestCase("{}", "SET pk = :n", "{\":n\":1}", "One or more parameter values were invalid: Cannot update attribute pk. This attribute is part of the key")]
    [TestCase("{}", "REMOVE sk", "{}", "One or more parameter values were invalid: Cannot update attribute sk. This attribute is part of the key")]
    public async Task UpdateItem_InvalidForItem_ThrowsBareTextAndChangesNothing(string seed, string expression, string values, string message)
    {
        await Seed(seed);
        var before = await Stored();
        await ShouldFailValidationAsync(() => Update(expression, values), message);
        (await Stored()).ShouldBe(before);
    }

    [Test]
    public async Task UpdateItem_ResultOver400KB_ThrowsSizeText()
    {
        await Seed("{}");
        var big = new string('x', 400 * 1024);
        var request = new UpdateItemRequest
        {
            TableName = "Music",
            Key = Key("a", "b"),
            UpdateExpression = "SET v = :v",
            ExpressionAttributeValues = new() { [":v"] = new AttributeValue { S = big } },
        };
        await ShouldFailValidationAsync(() => Client.UpdateItemAsync(request), "Item size to update has exceeded the maximum allowed size");
        (await Stored()).ShouldBe("{}");
    }
}
