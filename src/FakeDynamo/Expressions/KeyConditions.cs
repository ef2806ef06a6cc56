using System.Text;
using Amazon.DynamoDBv2.Model;

namespace FakeDynamo.Expressions;

/// <summary>The operators a key condition may use (data-plane §5.3).</summary>
internal enum KeyOperator
{
    Equal,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    Between,
    BeginsWith,
}

/// <summary>One condition on one key attribute: <c>name op value(s)</c>, with the attribute always on the left.</summary>
internal sealed record KeyCondition(string AttributeName, KeyOperator Operator, IReadOnlyList<AttributeValue> Values);

/// <summary>
/// KeyConditionExpression: parsed by the general condition parser, then restricted by the key-condition rules of
/// data-plane §5.3 (checked on the AST, not in the grammar). Schema checks (which attribute is the partition key)
/// need the table and live in the engine.
/// </summary>
internal static class KeyConditions
{
    /// <summary>Expressions longer than this many UTF-8 bytes are rejected before parsing (data-plane §3.11).</summary>
    public const int MaxExpressionBytes = 4096;

    public static IReadOnlyList<KeyCondition> Parse(string expression, ExpressionAttributes attributes, bool enveloped = false)
    {
        var scope = new ExpressionScope(ExpressionKind.KeyCondition, enveloped);
        CheckText(expression, scope);
        var root = ConditionParser.Parse(expression, scope);
        ConditionChecks.Check(root, attributes, scope);
        CheckOperators(root, scope);
        var conditions = new List<KeyCondition>();
        foreach (var leaf in ConditionChecks.Leaves(root))
        {
            var condition = ToKeyCondition(leaf, attributes, scope);
            if (conditions.Any(c => c.AttributeName == condition.AttributeName))
            {
                throw scope.Error("KeyConditionExpressions must only contain one condition per key");
            }

            conditions.Add(condition);
        }

        return conditions;
    }

    /// <summary>Empty and over-long expressions (data-plane §3.11), checked before parsing.</summary>
    public static void CheckText(string expression, ExpressionScope scope)
    {
        if (string.IsNullOrWhiteSpace(expression))
        {
            throw scope.Error("The expression can not be empty;");
        }

        var size = Encoding.UTF8.GetByteCount(expression);
        if (size > MaxExpressionBytes)
        {
            throw scope.Error($"Expression size has exceeded the maximum allowed size; expression size: {size}");
        }
    }

    private static void CheckOperators(ConditionNode condition, ExpressionScope scope)
    {
        var invalid = condition switch
        {
            And a => Recurse(a.Left, a.Right),
            Or => "OR",
            Not => "NOT",
            In => "IN",
            Comparison { Operator: Comparator.NotEqual } => "<>",
            FunctionCondition { Call.Name: var name } when name != "begins_with" => name,
            _ => null,
        };
        if (invalid is not null)
        {
            throw scope.Error($"Invalid operator used in KeyConditionExpression: {invalid}");
        }

        if (AstWalker.Operands(condition).Any(o => o is FunctionCall { Name: "size" }))
        {
            throw scope.Error("KeyConditionExpressions cannot contain nested operations");
        }

        string? Recurse(ConditionNode left, ConditionNode right)
        {
            CheckOperators(left, scope);
            CheckOperators(right, scope);
            return null;
        }
    }

    private static KeyCondition ToKeyCondition(ConditionNode leaf, ExpressionAttributes attributes, ExpressionScope scope)
    {
        switch (leaf)
        {
            case Comparison c:
            {
                var (path, value, op) = (c.Left, c.Right) switch
                {
                    (PathOperand, PathOperand) => throw MultipleNames(scope),
                    (PathOperand p, var v) => (p, v, c.Operator),
                    (var v, PathOperand p) => (p, v, Comparators.Flip(c.Operator)),
                    _ => throw scope.Error("Invalid condition in KeyConditionExpression: No key attribute specified"),
                };
                return new KeyCondition(KeyName(path, attributes, scope), ToKeyOperator(op), [Constant(value, attributes, scope)]);
            }

            case Between b:
            {
                if (b.Value is not PathOperand path)
                {
                    throw scope.Error("Invalid condition in KeyConditionExpression: BETWEEN operator must have the key attribute as its first operand");
                }

                if (b.Lower is PathOperand || b.Upper is PathOperand)
                {
                    throw MultipleNames(scope);
                }

                return new KeyCondition(KeyName(path, attributes, scope), KeyOperator.Between,
                    [Constant(b.Lower, attributes, scope), Constant(b.Upper, attributes, scope)]);
            }

            default:
            {
                var call = ((FunctionCondition)leaf).Call;
                if (call.Arguments[0] is not PathOperand path)
                {
                    throw scope.Error("Invalid condition in KeyConditionExpression: begins_with operator must have the key attribute as its first operand");
                }

                if (call.Arguments[1] is PathOperand)
                {
                    throw MultipleNames(scope);
                }

                return new KeyCondition(KeyName(path, attributes, scope), KeyOperator.BeginsWith, [Constant(call.Arguments[1], attributes, scope)]);
            }
        }
    }

    private static string KeyName(PathOperand path, ExpressionAttributes attributes, ExpressionScope scope) =>
        path.IsTopLevel
            ? attributes.Name(path.Root, scope)
            : throw scope.Error("KeyConditionExpressions cannot have conditions on nested attributes");

    private static AttributeValue Constant(Operand operand, ExpressionAttributes attributes, ExpressionScope scope) =>
        attributes.Value(((ValueOperand)operand).Placeholder, scope);

    private static Errors.ServiceError MultipleNames(ExpressionScope scope) =>
        scope.Error("Invalid condition in KeyConditionExpression: Multiple attribute names used in one condition");

    private static KeyOperator ToKeyOperator(Comparator comparator) => comparator switch
    {
        Comparator.Equal => KeyOperator.Equal,
        Comparator.Less => KeyOperator.Less,
        Comparator.LessOrEqual => KeyOperator.LessOrEqual,
        Comparator.Greater => KeyOperator.Greater,
        _ => KeyOperator.GreaterOrEqual,
    };
}
