using Amazon.DynamoDBv2.Model;
using FakeDynamo.Storage;

namespace FakeDynamo.Expressions;

/// <summary>
/// The checks every parsed condition gets, in the service's order (data-plane §3.3, §3.4, §3.12): unknown function,
/// misused function, reserved word, then undefined placeholders, operand counts, document-path operands, distinct
/// operands and the types of constant operands. Operand types read from items are never errors (§3.4).
/// </summary>
internal static class ConditionChecks
{
    /// <summary>At most this many operators per expression (data-plane §3.11, ALT comment — Medium).</summary>
    public const int MaxOperators = 300;

    /// <summary>At most this many operands in one IN list (developer guide, expression limits).</summary>
    public const int MaxInOperands = 100;

    public static void Check(ConditionNode root, ExpressionAttributes attributes, ExpressionScope scope)
    {
        var operators = OperatorCount(root);
        if (operators > MaxOperators)
        {
            throw scope.Error($"The expression contains too many operators; operator count: {operators}");
        }

        // Text as the service returns it, e.g. "Invalid FilterExpression: The IN operator is provided with too many
        // operands; number of operands: 163" (quoted from real service logs in reapit/foundations#8255).
        foreach (var inList in Leaves(root).OfType<In>().Where(i => i.List.Count > MaxInOperands))
        {
            throw scope.Error($"The IN operator is provided with too many operands; number of operands: {inList.List.Count}");
        }

        var functions = AstWalker.Functions(root).ToList();
        foreach (var call in functions.Where(c => !Functions.IsKnown(c.Name)))
        {
            throw scope.Error($"Invalid function name; function: {call.Name}");
        }

        CheckFunctionPlacement(root, scope);
        foreach (var name in AstWalker.Names(root).Where(n => !n.IsPlaceholder && ReservedWords.Contains(n.Text)))
        {
            throw scope.Error($"Attribute name is a reserved keyword; reserved keyword: {name.Text}");
        }

        attributes.Resolve(root, scope);
        foreach (var call in functions)
        {
            if (call.Arguments.Count != Functions.Arity(call.Name))
            {
                throw scope.Error($"Incorrect number of operands for operator or function; operator or function: {call.Name}, number of operands: {call.Arguments.Count}");
            }

            if (Functions.RequiresPath(call.Name) && call.Arguments[0] is not PathOperand)
            {
                throw scope.Error($"Operator or function requires a document path; operator or function: {call.Name}");
            }
        }

        CheckOperands(root, attributes, scope);
    }

    private static void CheckFunctionPlacement(ConditionNode condition, ExpressionScope scope)
    {
        foreach (var node in Leaves(condition))
        {
            var top = node is FunctionCondition f ? f.Call : null;
            if (top is not null && Functions.Role(top.Name) != FunctionRole.Condition)
            {
                throw scope.Error($"The function is not allowed to be used this way in an expression; function: {top.Name}");
            }

            var nested = AstWalker.Operands(node).OfType<FunctionCall>().Where(c => !ReferenceEquals(c, top));
            foreach (var call in nested.Where(c => Functions.Role(c.Name) != FunctionRole.ConditionOperand))
            {
                throw scope.Error($"The function is not allowed to be used this way in an expression; function: {call.Name}");
            }
        }
    }

    private static void CheckOperands(ConditionNode condition, ExpressionAttributes attributes, ExpressionScope scope)
    {
        foreach (var leaf in Leaves(condition))
        {
            foreach (var size in AstWalker.Operands(leaf).OfType<FunctionCall>().Where(c => c.Name == "size"))
            {
                var type = ConstantType(size.Arguments[0], attributes, scope);
                if (type is "N" or "BOOL" or "NULL")
                {
                    throw scope.Error($"Incorrect operand type for operator or function; operator or function: size, operand type: {type}");
                }
            }

            switch (leaf)
            {
                case Comparison c:
                    Distinct(Comparators.Text(c.Operator), c.Left, [c.Right], attributes, scope);
                    break;
                case Between b:
                    Distinct("BETWEEN", b.Value, [b.Lower, b.Upper], attributes, scope);
                    CheckBetweenBounds(b, attributes, scope);
                    break;
                case In i:
                    Distinct("IN", i.Value, i.List, attributes, scope);
                    break;
                case FunctionCondition { Call: var call } when call.Name is "begins_with" or "contains":
                    Distinct(call.Name, call.Arguments[0], call.Arguments.Skip(1).ToList(), attributes, scope);
                    if (call.Name == "begins_with")
                    {
                        foreach (var type in call.Arguments.Select(a => ConstantType(a, attributes, scope)).Where(t => t is not null and not ("S" or "B")))
                        {
                            throw scope.Error($"Incorrect operand type for operator or function; operator or function: begins_with, operand type: {type}");
                        }
                    }

                    break;
            }
        }
    }

    private static void CheckBetweenBounds(Between between, ExpressionAttributes attributes, ExpressionScope scope)
    {
        if (between.Lower is not ValueOperand lowerOperand || between.Upper is not ValueOperand upperOperand)
        {
            return;
        }

        var lower = attributes.Value(lowerOperand.Placeholder, scope);
        var upper = attributes.Value(upperOperand.Placeholder, scope);
        var bounds = $"lower bound operand: AttributeValue: {Render(lower)}, upper bound operand: AttributeValue: {Render(upper)}";
        if (AttributeValues.TypeOf(lower) != AttributeValues.TypeOf(upper))
        {
            throw scope.Error($"The BETWEEN operator requires same data type for lower and upper bounds; {bounds}");
        }

        if (KeyValue.From(lower) is { } low && KeyValue.From(upper) is { } high && low.CompareTo(high) > 0)
        {
            throw scope.Error($"The BETWEEN operator requires upper bound to be greater than or equal to lower bound; {bounds}");
        }
    }

    private static void Distinct(string op, Operand first, IReadOnlyList<Operand> others, ExpressionAttributes attributes, ExpressionScope scope)
    {
        if (first is not PathOperand path)
        {
            return;
        }

        var rendered = RenderPath(path, attributes, scope);
        if (others.OfType<PathOperand>().Any(o => RenderPath(o, attributes, scope) == rendered))
        {
            throw scope.Error($"The first operand must be distinct from the remaining operands for this operator or function; operator: {op}, first operand: {rendered}");
        }
    }

    /// <summary>The type of a constant operand (a <c>:value</c>, or N for a size() result); null for paths.</summary>
    private static string? ConstantType(Operand operand, ExpressionAttributes attributes, ExpressionScope scope) => operand switch
    {
        ValueOperand v => AttributeValues.TypeOf(attributes.Value(v.Placeholder, scope)),
        FunctionCall { Name: "size" } => "N",
        _ => null,
    };

    /// <summary>The service's path rendering: <c>[a, b, [1]]</c>, names resolved.</summary>
    public static string RenderPath(PathOperand path, ExpressionAttributes attributes, ExpressionScope scope) =>
        "[" + string.Join(", ", path.Elements.Select(e => e is NameElement n ? attributes.Name(n, scope) : $"[{((IndexElement)e).Index}]")) + "]";

    /// <summary>The service's Java-style value rendering: <c>{N:1}</c>, <c>{S:a}</c>.</summary>
    public static string Render(AttributeValue value) =>
        $"{{{AttributeValues.TypeOf(value)}:{(KeyValue.From(value)?.ToString() ?? "…")}}}";

    /// <summary>Comparators, AND/OR/NOT, BETWEEN and IN count; parentheses and function calls do not (data-plane §3.11).</summary>
    private static int OperatorCount(ConditionNode condition) => condition switch
    {
        And a => 1 + OperatorCount(a.Left) + OperatorCount(a.Right),
        Or o => 1 + OperatorCount(o.Left) + OperatorCount(o.Right),
        Not n => 1 + OperatorCount(n.Inner),
        Comparison or Between or In => 1,
        _ => 0,
    };

    /// <summary>The non-logical conditions (comparisons, BETWEEN, IN, functions).</summary>
    public static IEnumerable<ConditionNode> Leaves(ConditionNode condition) => condition switch
    {
        And a => Leaves(a.Left).Concat(Leaves(a.Right)),
        Or o => Leaves(o.Left).Concat(Leaves(o.Right)),
        Not n => Leaves(n.Inner),
        _ => [condition],
    };
}
