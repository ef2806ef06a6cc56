namespace FakeDynamo.Expressions;

/// <summary>Enumerates the nodes of a condition AST (for placeholder, reserved-word and function checks).</summary>
internal static class AstWalker
{
    /// <summary>Every operand in source order, including operands nested in function arguments.</summary>
    public static IEnumerable<Operand> Operands(ConditionNode condition) => condition switch
    {
        Comparison c => Expand(c.Left).Concat(Expand(c.Right)),
        Between b => Expand(b.Value).Concat(Expand(b.Lower)).Concat(Expand(b.Upper)),
        In i => Expand(i.Value).Concat(i.List.SelectMany(Expand)),
        FunctionCondition f => Expand(f.Call),
        And a => Operands(a.Left).Concat(Operands(a.Right)),
        Or o => Operands(o.Left).Concat(Operands(o.Right)),
        Not n => Operands(n.Inner),
        _ => [],
    };

    /// <summary>The operand and, for a function call, all operands nested in it.</summary>
    public static IEnumerable<Operand> Expand(Operand operand)
    {
        yield return operand;
        if (operand is FunctionCall call)
        {
            foreach (var inner in call.Arguments.SelectMany(Expand))
            {
                yield return inner;
            }
        }
    }

    /// <summary>Every name element (bare or placeholder) of every path.</summary>
    public static IEnumerable<NameElement> Names(ConditionNode condition) =>
        Operands(condition).OfType<PathOperand>().SelectMany(p => p.Elements.OfType<NameElement>());

    /// <summary>Every value placeholder.</summary>
    public static IEnumerable<string> Values(ConditionNode condition) =>
        Operands(condition).OfType<ValueOperand>().Select(v => v.Placeholder);

    /// <summary>Every function call, whether used as a condition or as an operand.</summary>
    public static IEnumerable<FunctionCall> Functions(ConditionNode condition) =>
        Operands(condition).OfType<FunctionCall>();
}
