using Amazon.DynamoDBv2.Model;
using FakeDynamo.Storage;

namespace FakeDynamo.Expressions;

/// <summary>
/// A ConditionExpression or FilterExpression, parsed by the one condition parser and fully checked (data-plane §3.3,
/// §3.4, §3.11), ready to be evaluated against items (§3.5).
/// </summary>
internal sealed class ParsedCondition : IItemCondition
{
    /// <summary>The type names attribute_type accepts, in the order the service prints them (data-plane §3.4).</summary>
    private const string ValidTypes = "{B,NULL,SS,BOOL,L,BS,N,NS,S,M}";

    private readonly ConditionNode _root;
    private readonly Evaluator _evaluator;

    private ParsedCondition(ConditionNode root, Evaluator evaluator, IReadOnlyCollection<string> roots)
    {
        _root = root;
        _evaluator = evaluator;
        Roots = roots;
    }

    /// <summary>Parses and checks; every error carries the expression's prefix (and the envelope where asked).</summary>
    public static ParsedCondition Parse(string expression, ExpressionKind kind, ExpressionAttributes attributes, bool enveloped)
    {
        var scope = new ExpressionScope(kind, enveloped);
        KeyConditions.CheckText(expression, scope);
        var root = ConditionParser.Parse(expression, scope);
        ConditionChecks.Check(root, attributes, scope);
        foreach (var call in AstWalker.Functions(root).Where(c => c.Name == "attribute_type"))
        {
            CheckAttributeType(call, attributes, scope);
        }

        foreach (var leaf in ConditionChecks.Leaves(root))
        {
            CheckOrderable(leaf, attributes, scope);
        }

        var evaluator = new Evaluator(attributes, scope);
        foreach (var path in AstWalker.Operands(root).OfType<PathOperand>())
        {
            evaluator.Path(path);
        }

        var roots = AstWalker.Operands(root).OfType<PathOperand>().Select(p => evaluator.Path(p).Root).ToHashSet(StringComparer.Ordinal);
        return new ParsedCondition(root, evaluator, roots);
    }

    public IReadOnlyCollection<string> Roots { get; }

    /// <summary>Whether the item (null: no item) satisfies the condition.</summary>
    public bool Matches(IReadOnlyDictionary<string, AttributeValue>? item) => _evaluator.Matches(_root, item);

    /// <summary>
    /// Ordering comparators and BETWEEN take only N, S or B constants. Text unknown (data-plane §3.4 leaves it open);
    /// most plausible wording: the service's operand-type family with the operator.
    /// </summary>
    private static void CheckOrderable(ConditionNode leaf, ExpressionAttributes attributes, ExpressionScope scope)
    {
        var (op, operands) = leaf switch
        {
            Comparison { Operator: not (Comparator.Equal or Comparator.NotEqual) } c => (Comparators.Text(c.Operator), new[] { c.Left, c.Right }),
            Between b => ("BETWEEN", new[] { b.Value, b.Lower, b.Upper }),
            _ => (null, []),
        };
        foreach (var value in operands.OfType<ValueOperand>())
        {
            var type = AttributeValues.TypeOf(attributes.Value(value.Placeholder, scope));
            if (op is not null && type is not ("N" or "S" or "B"))
            {
                throw scope.Error($"Incorrect operand type for operator or function; operator or function: {op}, operand type: {type}");
            }
        }
    }

    private static void CheckAttributeType(FunctionCall call, ExpressionAttributes attributes, ExpressionScope scope)
    {
        // Texts: data-plane §3.4 [DYN]; a non-constant second operand is rendered as dynalite does (Low).
        var type = call.Arguments[1] switch
        {
            ValueOperand v => attributes.Value(v.Placeholder, scope),
            _ => null,
        };
        if (type is null || type.S is null)
        {
            var shown = type is null ? "{NS,SS,L,BS,N,M,B,BOOL,NULL,S}" : AttributeValues.TypeOf(type);
            throw scope.Error($"Incorrect operand type for operator or function; operator or function: attribute_type, operand type: {shown}");
        }

        if (type.S is not ("S" or "SS" or "N" or "NS" or "B" or "BS" or "BOOL" or "NULL" or "L" or "M"))
        {
            throw scope.Error($"Invalid attribute type name found; type: {type.S}, valid types: {ValidTypes}");
        }
    }
}
