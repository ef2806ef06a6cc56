using System.Globalization;
using Amazon.DynamoDBv2.Model;
using FakeDynamo.Storage;

namespace FakeDynamo.Expressions;

/// <summary>
/// Evaluates a checked condition AST (ConditionExpression, FilterExpression) against an item by the semantics of
/// data-plane §3.5: an absent operand makes every test false except <c>&lt;&gt;</c> and <c>attribute_not_exists</c>;
/// operand types read from the item never raise errors, they only make the test false.
/// </summary>
internal sealed class Evaluator
{
    private readonly ExpressionAttributes _attributes;
    private readonly ExpressionScope _scope;
    private readonly Dictionary<PathOperand, DocumentPath> _paths = new(ReferenceEqualityComparer.Instance);

    public Evaluator(ExpressionAttributes attributes, ExpressionScope scope)
    {
        _attributes = attributes;
        _scope = scope;
    }

    /// <summary>Whether <paramref name="item"/> (null: no item, every attribute absent) satisfies the condition.</summary>
    public bool Matches(ConditionNode condition, IReadOnlyDictionary<string, AttributeValue>? item) => condition switch
    {
        And a => Matches(a.Left, item) && Matches(a.Right, item),
        Or o => Matches(o.Left, item) || Matches(o.Right, item),
        Not n => !Matches(n.Inner, item),
        Comparison c => Compare(c.Operator, Value(c.Left, item), Value(c.Right, item)),
        Between b => Between(Value(b.Value, item), Value(b.Lower, item), Value(b.Upper, item)),
        In i => Value(i.Value, item) is { } v && i.List.Any(o => Value(o, item) is { } w && AttributeValues.AreEqual(v, w)),
        FunctionCondition f => Function(f.Call, item),
        _ => false,
    };

    /// <summary>The value of an operand on the item; null when absent (or a size() of a sizeless value).</summary>
    public AttributeValue? Value(Operand operand, IReadOnlyDictionary<string, AttributeValue>? item) => operand switch
    {
        PathOperand p => Path(p).Find(item),
        ValueOperand v => _attributes.Value(v.Placeholder, _scope),
        FunctionCall { Name: "size" } call => Value(call.Arguments[0], item) is { } value && Size(value) is { } size
            ? new AttributeValue { N = size.ToString(CultureInfo.InvariantCulture) }
            : null,
        _ => null,
    };

    /// <summary>The resolved path of a path operand (cached per node).</summary>
    public DocumentPath Path(PathOperand operand)
    {
        if (!_paths.TryGetValue(operand, out var path))
        {
            path = DocumentPath.Of(operand, _attributes, _scope);
            _paths[operand] = path;
        }

        return path;
    }

    private bool Function(FunctionCall call, IReadOnlyDictionary<string, AttributeValue>? item)
    {
        switch (call.Name)
        {
            case "attribute_exists":
                return Value(call.Arguments[0], item) is not null;
            case "attribute_not_exists":
                return Value(call.Arguments[0], item) is null;
        }

        var first = Value(call.Arguments[0], item);
        var second = Value(call.Arguments[1], item);
        if (first is null || second is null)
        {
            return false;
        }

        return call.Name switch
        {
            "attribute_type" => second.S is not null && AttributeValues.TypeOf(first) == second.S,
            "begins_with" => BeginsWith(first, second),
            "contains" => Contains(first, second),
            _ => false,
        };
    }

    /// <summary><c>= &lt;&gt; &lt; &lt;= &gt; &gt;=</c> (data-plane §3.5).</summary>
    public static bool Compare(Comparator op, AttributeValue? left, AttributeValue? right)
    {
        if (op == Comparator.NotEqual)
        {
            return left is null || right is null || !AttributeValues.AreEqual(left, right);
        }

        if (left is null || right is null)
        {
            return false;
        }

        if (op == Comparator.Equal)
        {
            return AttributeValues.AreEqual(left, right);
        }

        if (Ordered(left, right) is not { } order)
        {
            return false;
        }

        return op switch
        {
            Comparator.Less => order < 0,
            Comparator.LessOrEqual => order <= 0,
            Comparator.Greater => order > 0,
            _ => order >= 0,
        };
    }

    /// <summary>Inclusive on both ends; all three of the same orderable type (N, S, B).</summary>
    public static bool Between(AttributeValue? value, AttributeValue? lower, AttributeValue? upper) =>
        value is not null && lower is not null && upper is not null
        && Ordered(value, lower) is >= 0 && Ordered(value, upper) is <= 0;

    /// <summary>The order of two N, S or B values of the same type (S by UTF-8 bytes); null otherwise.</summary>
    public static int? Ordered(AttributeValue a, AttributeValue b)
    {
        var type = AttributeValues.TypeOf(a);
        if (type is not ("N" or "S" or "B") || type != AttributeValues.TypeOf(b))
        {
            return null;
        }

        return KeyValue.From(a)!.CompareTo(KeyValue.From(b));
    }

    public static bool BeginsWith(AttributeValue value, AttributeValue prefix)
    {
        if (value.S is not null && prefix.S is not null)
        {
            return value.S.StartsWith(prefix.S, StringComparison.Ordinal);
        }

        return value.B is not null && prefix.B is not null && value.B.ToArray().AsSpan().StartsWith(prefix.B.ToArray());
    }

    /// <summary>S substring, B byte substring, set membership, list element equality (data-plane §3.5).</summary>
    public static bool Contains(AttributeValue container, AttributeValue element)
    {
        if (container.S is not null)
        {
            return element.S is not null && container.S.Contains(element.S, StringComparison.Ordinal);
        }

        if (container.B is not null)
        {
            return element.B is not null && container.B.ToArray().AsSpan().IndexOf(element.B.ToArray()) >= 0;
        }

        if (container.SS is not null)
        {
            return element.S is not null && container.SS.Contains(element.S, StringComparer.Ordinal);
        }

        if (container.NS is not null)
        {
            return element.N is not null && container.NS.Any(n => DynamoNumber.Parse(n).Equals(DynamoNumber.Parse(element.N)));
        }

        if (container.BS is not null)
        {
            return element.B is not null && container.BS.Any(b => b.ToArray().AsSpan().SequenceEqual(element.B.ToArray()));
        }

        return container.L is not null && container.L.Any(e => AttributeValues.AreEqual(e, element));
    }

    /// <summary>
    /// size(): S → characters (Unicode code points; the DG says "length", decision in docs/expressions.md), B → bytes,
    /// sets/L/M → element count; N, BOOL, NULL have no size.
    /// </summary>
    public static long? Size(AttributeValue value) =>
        value.S is not null ? value.S.EnumerateRunes().Count()
        : value.B is not null ? value.B.Length
        : value.SS is not null ? value.SS.Count
        : value.NS is not null ? value.NS.Count
        : value.BS is not null ? value.BS.Count
        : value.L is not null ? value.L.Count
        : value.M is not null ? value.M.Count
        : null;
}
