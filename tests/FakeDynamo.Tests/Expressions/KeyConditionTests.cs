using FakeDynamo.Errors;
using FakeDynamo.Expressions;

namespace FakeDynamo.Tests.Expressions;

public class KeyConditionTests
{
    private const string Prefix = "Invalid KeyConditionExpression: ";

    private static readonly Dictionary<string, AttributeValue> Values = new()
    {
        [":p"] = new() { S = "p" },
        [":s"] = new() { S = "s" },
        [":a"] = new() { S = "a" },
        [":b"] = new() { S = "b" },
        [":n"] = new() { N = "1" },
    };

    private static IReadOnlyList<KeyCondition> Parse(string expression, Dictionary<string, string>? names = null)
    {
        var attributes = ExpressionAttributes.From(names, Values, enveloped: false);
        return KeyConditions.Parse(expression, attributes);
    }

    [TestCase("pk = :p", "pk Equal p")]
    [TestCase("pk = :p AND sk > :s", "pk Equal p; sk Greater s")]
    [TestCase(":s < sk AND pk = :p", "sk Greater s; pk Equal p")]
    [TestCase(":s >= sk and pk = :p", "sk LessOrEqual s; pk Equal p")]
    [TestCase("(pk = :p) AND (sk BETWEEN :a AND :b)", "pk Equal p; sk Between a,b")]
    [TestCase("pk = :p AND begins_with(sk, :s)", "pk Equal p; sk BeginsWith s")]
    [TestCase("#k = :p", "pk Equal p")]
    [TestCase("((pk = :p) AND sk <= :s)", "pk Equal p; sk LessOrEqual s")]
    public void Parse_ValidKeyCondition_GivesConditions(string expression, string expected)
    {
        var names = expression.Contains('#', StringComparison.Ordinal) ? new Dictionary<string, string> { ["#k"] = "pk" } : null;
        var conditions = Parse(expression, names);
        string.Join("; ", conditions.Select(c => $"{c.AttributeName} {c.Operator} {string.Join(",", c.Values.Select(v => v.S))}")).ShouldBe(expected);
    }

    // Texts: data-plane §3.3, §3.4, §3.8, §3.11, §3.12, §5.3.
    [TestCase("", "The expression can not be empty;")]
    [TestCase("   ", "The expression can not be empty;")]
    [TestCase("pk = :p AND", "Syntax error; token: \"<EOF>\", near: \"AND\"")]
    [TestCase("pk == :p", "Syntax error; token: \"=\", near: \"== :p\"")]
    [TestCase("pk = :p OR sk = :s", "Invalid operator used in KeyConditionExpression: OR")]
    [TestCase("NOT pk = :p", "Invalid operator used in KeyConditionExpression: NOT")]
    [TestCase("pk IN (:p)", "Invalid operator used in KeyConditionExpression: IN")]
    [TestCase("pk <> :p", "Invalid operator used in KeyConditionExpression: <>")]
    [TestCase("attribute_exists(pk)", "Invalid operator used in KeyConditionExpression: attribute_exists")]
    [TestCase("pk = :p AND contains(sk, :s)", "Invalid operator used in KeyConditionExpression: contains")]
    [TestCase("size(pk) = :n", "KeyConditionExpressions cannot contain nested operations")]
    [TestCase("pk = :p AND :a BETWEEN sk AND :b", "Invalid condition in KeyConditionExpression: BETWEEN operator must have the key attribute as its first operand")]
    [TestCase("pk = :p AND begins_with(:s, sk)", "Invalid condition in KeyConditionExpression: begins_with operator must have the key attribute as its first operand")]
    [TestCase("pk = sk", "Invalid condition in KeyConditionExpression: Multiple attribute names used in one condition")]
    [TestCase("pk = :p AND begins_with(sk, pk)", "Invalid condition in KeyConditionExpression: Multiple attribute names used in one condition")]
    [TestCase(":p = :s", "Invalid condition in KeyConditionExpression: No key attribute specified")]
    [TestCase("pk.x = :p", "KeyConditionExpressions cannot have conditions on nested attributes")]
    [TestCase("pk = :p AND sk[0] = :s", "KeyConditionExpressions cannot have conditions on nested attributes")]
    [TestCase("pk = :p AND pk = :s", "KeyConditionExpressions must only contain one condition per key")]
    [TestCase("pk = :p AND dog(sk, :s)", "Invalid function name; function: dog")]
    [TestCase("pk = :p AND BegIns_WiTh(sk, :s)", "Invalid function name; function: BegIns_WiTh")]
    [TestCase("pk = :p AND if_not_exists(sk, :s)", "The function is not allowed to be used this way in an expression; function: if_not_exists")]
    [TestCase("pk = :p AND begins_with(sk)", "Incorrect number of operands for operator or function; operator or function: begins_with, number of operands: 1")]
    [TestCase("((pk = :p))", "The expression has redundant parentheses;")]
    [TestCase("#x = :p", "An expression attribute name used in the document path is not defined; attribute name: #x")]
    [TestCase("pk = :q", "An expression attribute value used in expression is not defined; attribute value: :q")]
    [TestCase("size = :p", "Attribute name is a reserved keyword; reserved keyword: size")]
    [TestCase("pk = pk", "The first operand must be distinct from the remaining operands for this operator or function; operator: =, first operand: [pk]")]
    [TestCase("pk = :p AND sk BETWEEN :b AND :a", "The BETWEEN operator requires upper bound to be greater than or equal to lower bound; lower bound operand: AttributeValue: {S:b}, upper bound operand: AttributeValue: {S:a}")]
    [TestCase("pk = :p AND sk BETWEEN :n AND :a", "The BETWEEN operator requires same data type for lower and upper bounds; lower bound operand: AttributeValue: {N:1}, upper bound operand: AttributeValue: {S:a}")]
    [TestCase("pk = :p AND begins_with(sk, :n)", "Incorrect operand type for operator or function; operator or function: begins_with, operand type: N")]
    public void Parse_InvalidKeyCondition_ThrowsServiceText(string expression, string message)
    {
        Should.Throw<ServiceError>(() => Parse(expression)).Message.ShouldBe(Prefix + message);
    }

    [Test]
    public void Parse_ExpressionOver4096Bytes_RejectedBeforeParsing()
    {
        var expression = "pk = :p AND " + new string('@', 4096);
        Should.Throw<ServiceError>(() => Parse(expression)).Message
            .ShouldBe(Prefix + $"Expression size has exceeded the maximum allowed size; expression size: {expression.Length}");
    }

    [Test]
    public void Parse_Exactly4096Bytes_IsParsed()
    {
        var expression = "pk = :p" + new string(' ', 4096 - 7);
        Parse(expression).Count.ShouldBe(1);
    }

    [Test]
    public void Parse_Over300Operators_Rejected()
    {
        // 151 comparisons joined by 150 ANDs = 301 operators.
        var expression = string.Join(" AND ", Enumerable.Repeat("pk = :p", 151));
        Should.Throw<ServiceError>(() => Parse(expression)).Message
            .ShouldBe(Prefix + "The expression contains too many operators; operator count: 301");
    }
}
