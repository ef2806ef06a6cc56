namespace FakeDynamo.Expressions;

/// <summary>The comparators of data-plane §3.3.</summary>
internal enum Comparator
{
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
}

/// <summary>A condition (ConditionExpression, FilterExpression, KeyConditionExpression share this AST).</summary>
internal abstract record ConditionNode;

/// <summary><c>left op right</c>.</summary>
internal sealed record Comparison(Comparator Operator, Operand Left, Operand Right) : ConditionNode;

/// <summary><c>value BETWEEN lower AND upper</c> (inclusive).</summary>
internal sealed record Between(Operand Value, Operand Lower, Operand Upper) : ConditionNode;

/// <summary><c>value IN (a, b, …)</c>.</summary>
internal sealed record In(Operand Value, IReadOnlyList<Operand> List) : ConditionNode;

/// <summary>A boolean function used as a condition, e.g. <c>attribute_exists(a)</c>.</summary>
internal sealed record FunctionCondition(FunctionCall Call) : ConditionNode;

internal sealed record And(ConditionNode Left, ConditionNode Right) : ConditionNode;

internal sealed record Or(ConditionNode Left, ConditionNode Right) : ConditionNode;

internal sealed record Not(ConditionNode Inner) : ConditionNode;

/// <summary>Texts and helpers for comparators.</summary>
internal static class Comparators
{
    public static Comparator Parse(string text) => text switch
    {
        "=" => Comparator.Equal,
        "<>" => Comparator.NotEqual,
        "<" => Comparator.Less,
        "<=" => Comparator.LessOrEqual,
        ">" => Comparator.Greater,
        _ => Comparator.GreaterOrEqual,
    };

    public static string Text(Comparator comparator) => comparator switch
    {
        Comparator.Equal => "=",
        Comparator.NotEqual => "<>",
        Comparator.Less => "<",
        Comparator.LessOrEqual => "<=",
        Comparator.Greater => ">",
        _ => ">=",
    };

    /// <summary>The comparator with its operands swapped: <c>:v &lt; a</c> is <c>a &gt; :v</c>.</summary>
    public static Comparator Flip(Comparator comparator) => comparator switch
    {
        Comparator.Less => Comparator.Greater,
        Comparator.LessOrEqual => Comparator.GreaterOrEqual,
        Comparator.Greater => Comparator.Less,
        Comparator.GreaterOrEqual => Comparator.LessOrEqual,
        _ => comparator,
    };
}
