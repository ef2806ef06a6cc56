namespace FakeDynamo.Expressions;

/// <summary>Where a function may appear.</summary>
internal enum FunctionRole
{
    /// <summary>A condition on its own: <c>attribute_exists(a)</c>.</summary>
    Condition,

    /// <summary>An operand of a condition: <c>size(a) &gt; :v</c>.</summary>
    ConditionOperand,

    /// <summary>Only in an UpdateExpression's SET values: <c>if_not_exists</c>, <c>list_append</c>.</summary>
    UpdateOperand,
}

/// <summary>The service's function names (case-sensitive) with their arity and role (data-plane §3.3–§3.6).</summary>
internal static class Functions
{
    private static readonly Dictionary<string, (int Arity, FunctionRole Role)> Known = new(StringComparer.Ordinal)
    {
        ["attribute_exists"] = (1, FunctionRole.Condition),
        ["attribute_not_exists"] = (1, FunctionRole.Condition),
        ["attribute_type"] = (2, FunctionRole.Condition),
        ["begins_with"] = (2, FunctionRole.Condition),
        ["contains"] = (2, FunctionRole.Condition),
        ["size"] = (1, FunctionRole.ConditionOperand),
        ["if_not_exists"] = (2, FunctionRole.UpdateOperand),
        ["list_append"] = (2, FunctionRole.UpdateOperand),
    };

    public static bool IsKnown(string name) => Known.ContainsKey(name);

    public static FunctionRole Role(string name) => Known[name].Role;

    public static int Arity(string name) => Known[name].Arity;

    /// <summary>Functions whose first operand must be a document path.</summary>
    public static bool RequiresPath(string name) => name is "attribute_exists" or "attribute_not_exists" or "if_not_exists";
}
