using FakeDynamo.Errors;
using FakeDynamo.Expressions;

namespace FakeDynamo.Tests.Expressions;

public class ConditionParserTests
{
    private static readonly ExpressionScope Scope = new(ExpressionKind.Condition, Enveloped: false);

    // Precedence (data-plane §3.3): comparisons, BETWEEN, NOT, AND, OR.
    [TestCase("a < b OR c < b AND b < c", "Or(Cmp, And(Cmp, Cmp))")]
    [TestCase("NOT a < b AND c < b", "And(Not(Cmp), Cmp)")]
    [TestCase("b BETWEEN a AND c AND a < b", "And(Between, Cmp)")]
    [TestCase("NOT NOT NOT NOT a < b", "Not(Not(Not(Not(Cmp))))")]
    [TestCase("a IN (b, :c, d.e[1])", "In")]
    [TestCase("attribute_exists(a) OR begins_with(b, :v)", "Or(Fn, Fn)")]
    [TestCase("size(a) >= :v", "Cmp")]
    [TestCase("(a) = :v", "Cmp")]
    [TestCase("(size(a)) > :v", "Cmp")]
    [TestCase("(a) BETWEEN (:x) AND (:y)", "Between")]
    [TestCase("(a) IN (:x)", "In")]
    [TestCase("(begins_with(a, :v))", "Fn")]
    [TestCase("a = :v and b = :w or c = :x", "Or(And(Cmp, Cmp), Cmp)")]
    public void Parse_ValidCondition_HasServicePrecedence(string expression, string shape)
    {
        Shape(ConditionParser.Parse(expression, Scope)).ShouldBe(shape);
    }

    // Accepted parenthesizations (data-plane §3.3, ALT; MOTO e73e6af).
    [TestCase("(p <> :p)")]
    [TestCase("((p <> :p) and p <> :p)")]
    [TestCase("#a = :b OR (#c = :d AND #e = :f)")]
    [TestCase("(attribute_exists (#0)) AND (((#1 <> :0) AND (#1 <> :1)) AND (#2 = :3))")]
    [TestCase("((#a = :b) OR (#c = :d) AND (#e = :f))")]
    public void Parse_NonRedundantParentheses_Accepted(string expression)
    {
        Should.NotThrow(() => ConditionParser.Parse(expression, Scope));
    }

    [TestCase("((a < b))")]
    [TestCase("((((a < b))))")]
    [TestCase("a=a AND ((a=a AND a=a)) AND a=a")]
    [TestCase("a > f((:x), ((a)))")]
    public void Parse_RedundantParentheses_Rejected(string expression)
    {
        Should.Throw<ServiceError>(() => ConditionParser.Parse(expression, Scope))
            .Message.ShouldBe("Invalid ConditionExpression: The expression has redundant parentheses;");
    }

    // Syntax errors: token at the failure, near = previous token through next token (data-plane §3.12).
    [TestCase("a", "<EOF>", "a")]
    [TestCase(":val", "<EOF>", ":val")]
    [TestCase("NOT a", "<EOF>", "a")]
    [TestCase("a AND :val", "AND", "a AND :val")]
    [TestCase("a IN ()", ")", "()")]
    [TestCase("a = :v AND", "<EOF>", "AND")]
    [TestCase("a = :v b", "b", ":v b")]
    [TestCase("a = 1", "1", "= 1")]
    [TestCase("_a = :v", "_", "_a")]
    [TestCase("a = :v @ b", "@", ":v @ b")]
    [TestCase("a[:x] = :v", ":x", "[:x]")]
    [TestCase("a[-1] = :v", "-", "[-1")]
    [TestCase("a = :v AND (b = :w", "<EOF>", ":w")]
    [TestCase("# = :v", "#", "# =")]
    [TestCase("a BETWEEN :x OR :y", "OR", ":x OR :y")]
    [TestCase("_f(a)", "_", "_f")]
    public void Parse_SyntaxError_ReportsTokenAndNear(string expression, string token, string near)
    {
        Should.Throw<ServiceError>(() => ConditionParser.Parse(expression, Scope))
            .Message.ShouldBe($"Invalid ConditionExpression: Syntax error; token: \"{token}\", near: \"{near}\"");
    }

    [Test]
    public void Parse_HugeListIndex_ReportsRange()
    {
        Should.Throw<ServiceError>(() => ConditionParser.Parse("a[99999999999999] = :v", Scope))
            .Message.ShouldBe("Invalid ConditionExpression: List index is not within the allowable range; index: [99999999999999]");
    }

    [Test]
    public void Parse_Paths_KeepPlaceholdersAsSingleElements()
    {
        var comparison = (Comparison)ConditionParser.Parse("#a.b[3].#c = :v", Scope);
        var path = (PathOperand)comparison.Left;
        path.Elements.ShouldBe([new NameElement("#a"), new NameElement("b"), new IndexElement(3), new NameElement("#c")]);
        comparison.Right.ShouldBe(new ValueOperand(":v"));
    }

    [Test]
    public void Lexer_KeywordsAnyCase_AreKeywords()
    {
        Shape(ConditionParser.Parse("a = :v aNd b = :w Or NoT c = :x", Scope)).ShouldBe("Or(And(Cmp, Cmp), Not(Cmp))");
    }

    private static string Shape(ConditionNode condition) => condition switch
    {
        And a => $"And({Shape(a.Left)}, {Shape(a.Right)})",
        Or o => $"Or({Shape(o.Left)}, {Shape(o.Right)})",
        Not n => $"Not({Shape(n.Inner)})",
        Comparison => "Cmp",
        Between => "Between",
        In => "In",
        FunctionCondition => "Fn",
        _ => "?",
    };
}
