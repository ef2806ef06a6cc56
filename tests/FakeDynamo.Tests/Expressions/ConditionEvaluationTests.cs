using FakeDynamo.Errors;
using FakeDynamo.Expressions;

namespace FakeDynamo.Tests.Expressions;

public class ConditionEvaluationTests
{
    private static Dictionary<string, AttributeValue> Item() => new()
    {
        ["n"] = new() { N = "5" },
        ["s"] = new() { S = "hello" },
        ["e"] = new() { S = "é" },
        ["b"] = new() { B = new MemoryStream([1, 2, 3]) },
        ["ss"] = new() { SS = ["x", "y"] },
        ["ns"] = new() { NS = ["1", "2"] },
        ["l"] = new() { L = [new() { N = "1" }, new() { S = "two" }, new() { SS = ["q"] }] },
        ["m"] = new() { M = new() { ["kid"] = new() { M = new() { ["leaf"] = new() { N = "1" } } } } },
        ["t"] = new() { BOOL = true },
        ["z"] = new() { NULL = true },
    };

    private static Dictionary<string, AttributeValue> Values() => new()
    {
        [":five"] = new() { N = "5.0" },
        [":four"] = new() { N = "4" },
        [":six"] = new() { N = "6" },
        [":one"] = new() { N = "1" },
        [":three"] = new() { N = "3" },
        [":hello"] = new() { S = "hello" },
        [":he"] = new() { S = "he" },
        [":ell"] = new() { S = "ell" },
        [":x"] = new() { S = "x" },
        [":two"] = new() { S = "two" },
        [":q"] = new() { SS = ["q"] },
        [":yx"] = new() { SS = ["y", "x"] },
        [":b12"] = new() { B = new MemoryStream([1, 2]) },
        [":b23"] = new() { B = new MemoryStream([2, 3]) },
        [":S"] = new() { S = "S" },
        [":SS"] = new() { S = "SS" },
        [":NULL"] = new() { S = "NULL" },
        [":true"] = new() { BOOL = true },
    };

    // Data-plane §3.5: absent operands are false except <> and attribute_not_exists; types from the item never fail.
    [TestCase("n = :five", true)]
    [TestCase("n <> :five", false)]
    [TestCase("n <> :hello", true)]
    [TestCase("absent <> :five", true)]
    [TestCase("absent = :five", false)]
    [TestCase("n < :six AND n > :four", true)]
    [TestCase("n <= :five AND n >= :five", true)]
    [TestCase("s < :five", false)]
    [TestCase("s > :he", true)]
    [TestCase("e > :x", true)]
    [TestCase("n BETWEEN :four AND :six", true)]
    [TestCase("n BETWEEN :five AND :five", true)]
    [TestCase("n BETWEEN :one AND :three", false)]
    [TestCase("absent BETWEEN :one AND :three", false)]
    [TestCase("n IN (:one, :hello, :five)", true)]
    [TestCase("n IN (:one, :hello)", false)]
    [TestCase("ss = :yx", true)]
    [TestCase("l[2] = :q", true)]
    [TestCase("l[1] = :two", true)]
    [TestCase("l[3] = :two", false)]
    [TestCase("m.kid.leaf = :one", true)]
    [TestCase("m.kid.leaf.x = :one", false)]
    [TestCase("n.x = :one", false)]
    [TestCase("attribute_exists(m.kid)", true)]
    [TestCase("attribute_exists(m.zzz)", false)]
    [TestCase("attribute_not_exists(absent)", true)]
    [TestCase("attribute_not_exists(z)", false)]
    [TestCase("attribute_type(ss, :SS)", true)]
    [TestCase("attribute_type(z, :NULL)", true)]
    [TestCase("attribute_type(s, :SS)", false)]
    [TestCase("attribute_type(:hello, :S)", true)]
    [TestCase("begins_with(s, :he)", true)]
    [TestCase("begins_with(s, :ell)", false)]
    [TestCase("begins_with(b, :b12)", true)]
    [TestCase("begins_with(b, :b23)", false)]
    [TestCase("begins_with(n, :he)", false)]
    [TestCase("contains(s, :ell)", true)]
    [TestCase("contains(b, :b23)", true)]
    [TestCase("contains(ss, :x)", true)]
    [TestCase("contains(ns, :one)", true)]
    [TestCase("contains(ns, :x)", false)]
    [TestCase("contains(l, :two)", true)]
    [TestCase("contains(l, :q)", true)]
    [TestCase("contains(n, :five)", false)]
    [TestCase("size(s) = :five", true)]
    [TestCase("size(e) = :one", true)]
    [TestCase("size(b) = :three", true)]
    [TestCase("size(l) = :three", true)]
    [TestCase("size(m) = :one", true)]
    [TestCase("size(n) = :one", false)]
    [TestCase("size(n) <> :one", true)]
    [TestCase("NOT size(absent) = :one", true)]
    [TestCase("t = :true OR n = :hello", true)]
    [TestCase("NOT (t = :true)", false)]
    public void Matches_Item_FollowsServiceSemantics(string expression, bool expected)
    {
        var attributes = ExpressionAttributes.From(null, Values(), enveloped: false);
        var condition = ParsedCondition.Parse(expression, ExpressionKind.Condition, attributes, enveloped: false);
        condition.Matches(Item()).ShouldBe(expected);
    }

    [TestCase("p <> :five", true)]
    [TestCase("attribute_not_exists(pk)", true)]
    [TestCase("attribute_exists(pk)", false)]
    [TestCase("NOT p = :five", true)]
    public void Matches_NoItem_EveryAttributeAbsent(string expression, bool expected)
    {
        var attributes = ExpressionAttributes.From(null, Values(), enveloped: false);
        ParsedCondition.Parse(expression, ExpressionKind.Condition, attributes, enveloped: false).Matches(null).ShouldBe(expected);
    }

    // Data-plane §3.4 attribute_type rules [DYN].
    [TestCase("attribute_type(a, :five)", "Invalid ConditionExpression: Incorrect operand type for operator or function; operator or function: attribute_type, operand type: N")]
    [TestCase("attribute_type(a, :he)", "Invalid ConditionExpression: Invalid attribute type name found; type: he, valid types: {B,NULL,SS,BOOL,L,BS,N,NS,S,M}")]
    [TestCase("attribute_type(a, b)", "Invalid ConditionExpression: Incorrect operand type for operator or function; operator or function: attribute_type, operand type: {NS,SS,L,BS,N,M,B,BOOL,NULL,S}")]
    [TestCase("", "Invalid ConditionExpression: The expression can not be empty;")]
    [TestCase("   ", "Invalid ConditionExpression: The expression can not be empty;")]
    [TestCase("((a = :five))", "Invalid ConditionExpression: The expression has redundant parentheses;")]
    [TestCase("foo(a)", "Invalid ConditionExpression: Invalid function name; function: foo")]
    [TestCase("BEGINS_WITH(a, :he)", "Invalid ConditionExpression: Invalid function name; function: BEGINS_WITH")]
    [TestCase("size(a)", "Invalid ConditionExpression: The function is not allowed to be used this way in an expression; function: size")]
    [TestCase("if_not_exists(a, :five)", "Invalid ConditionExpression: The function is not allowed to be used this way in an expression; function: if_not_exists")]
    [TestCase("attribute_exists(a) < :five", "Invalid ConditionExpression: The function is not allowed to be used this way in an expression; function: attribute_exists")]
    [TestCase("a IN (b, attribute_exists(c))", "Invalid ConditionExpression: The function is not allowed to be used this way in an expression; function: attribute_exists")]
    [TestCase("value = :five", "Invalid ConditionExpression: Attribute name is a reserved keyword; reserved keyword: value")]
    [TestCase("a.#n = :five", "Invalid ConditionExpression: An expression attribute name used in the document path is not defined; attribute name: #n")]
    [TestCase("attribute_exists(a, b)", "Invalid ConditionExpression: Incorrect number of operands for operator or function; operator or function: attribute_exists, number of operands: 2")]
    [TestCase("size(a, a) = :five", "Invalid ConditionExpression: Incorrect number of operands for operator or function; operator or function: size, number of operands: 2")]
    [TestCase("attribute_exists(:five)", "Invalid ConditionExpression: Operator or function requires a document path; operator or function: attribute_exists")]
    [TestCase("size(:five) = :five", "Invalid ConditionExpression: Incorrect operand type for operator or function; operator or function: size, operand type: N")]
    [TestCase("size(size(a)) = :five", "Invalid ConditionExpression: Incorrect operand type for operator or function; operator or function: size, operand type: N")]
    [TestCase("begins_with(a, :five)", "Invalid ConditionExpression: Incorrect operand type for operator or function; operator or function: begins_with, operand type: N")]
    [TestCase("contains(a, a)", "Invalid ConditionExpression: The first operand must be distinct from the remaining operands for this operator or function; operator: contains, first operand: [a]")]
    [TestCase("a.b[1] = a.b[1]", "Invalid ConditionExpression: The first operand must be distinct from the remaining operands for this operator or function; operator: =, first operand: [a, b, [1]]")]
    [TestCase("a BETWEEN :five AND :he", "Invalid ConditionExpression: The BETWEEN operator requires same data type for lower and upper bounds; lower bound operand: AttributeValue: {N:5}, upper bound operand: AttributeValue: {S:he}")]
    [TestCase("a BETWEEN :six AND :four", "Invalid ConditionExpression: The BETWEEN operator requires upper bound to be greater than or equal to lower bound; lower bound operand: AttributeValue: {N:6}, upper bound operand: AttributeValue: {N:4}")]
    [TestCase("a = :five = b", "Invalid ConditionExpression: Syntax error; token: \"=\", near: \":five = b\"")]
    [TestCase("a < :q", "Invalid ConditionExpression: Incorrect operand type for operator or function; operator or function: <, operand type: SS")]
    [TestCase("a BETWEEN :true AND :true", "Invalid ConditionExpression: Incorrect operand type for operator or function; operator or function: BETWEEN, operand type: BOOL")]
    [TestCase("a[99999999999999] = :five", "Invalid ConditionExpression: List index is not within the allowable range; index: [99999999999999]")]
    [TestCase("a = :nope", "Invalid ConditionExpression: An expression attribute value used in expression is not defined; attribute value: :nope")]
    public void Parse_InvalidCondition_ThrowsServiceText(string expression, string message)
    {
        var attributes = ExpressionAttributes.From(null, Values(), enveloped: false);
        Should.Throw<ServiceError>(() => ParsedCondition.Parse(expression, ExpressionKind.Condition, attributes, enveloped: false))
            .Message.ShouldBe(message);
    }

    [Test]
    public void Parse_TooLongOrTooComplex_ThrowsLimitTexts()
    {
        var attributes = ExpressionAttributes.From(null, Values(), enveloped: false);
        var longText = "a = :five AND " + new string(' ', 4096);
        Should.Throw<ServiceError>(() => ParsedCondition.Parse(longText, ExpressionKind.Condition, attributes, enveloped: false))
            .Message.ShouldBe("Invalid ConditionExpression: Expression size has exceeded the maximum allowed size; expression size: 4110");
        var complex = string.Join(" OR ", Enumerable.Repeat("a = :five", 151));
        Should.Throw<ServiceError>(() => ParsedCondition.Parse(complex, ExpressionKind.Condition, attributes, enveloped: false))
            .Message.ShouldBe("Invalid ConditionExpression: The expression contains too many operators; operator count: 301");
    }

    [TestCase(100, null)]
    [TestCase(101, "Invalid FilterExpression: The IN operator is provided with too many operands; number of operands: 101")]
    public void Parse_InListSize_HundredOperandsAtMost(int operands, string? message)
    {
        var attributes = ExpressionAttributes.From(null, Values(), enveloped: false);
        var expression = "a IN (" + string.Join(", ", Enumerable.Repeat(":five", operands)) + ")";
        if (message is null)
        {
            Should.NotThrow(() => ParsedCondition.Parse(expression, ExpressionKind.Filter, attributes, enveloped: false));
        }
        else
        {
            Should.Throw<ServiceError>(() => ParsedCondition.Parse(expression, ExpressionKind.Filter, attributes, enveloped: false))
                .Message.ShouldBe(message);
        }
    }
}
