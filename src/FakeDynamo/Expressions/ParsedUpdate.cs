using Amazon.DynamoDBv2.Model;
using FakeDynamo.Storage;

namespace FakeDynamo.Expressions;

/// <summary>One checked update action with its target path resolved.</summary>
internal sealed record ResolvedAction(UpdateAction Syntax, DocumentPath Path)
{
    public UpdateClause Clause => Syntax.Clause;
}

/// <summary>
/// An UpdateExpression parsed by the one parser and checked in the service's order (data-plane §3.6, §3.12):
/// reserved word, unknown function, repeated clause, undefined name, undefined value, overlap, conflict, ADD/DELETE
/// operand type, function checks. Applying it to an item is <see cref="UpdateActions"/>.
/// </summary>
internal sealed class ParsedUpdate : IItemUpdate
{
    private ParsedUpdate(IReadOnlyList<ResolvedAction> actions, Evaluator evaluator, ExpressionScope scope)
    {
        Actions = actions;
        Evaluator = evaluator;
        Scope = scope;
    }

    public IReadOnlyList<ResolvedAction> Actions { get; }

    /// <summary>Resolves operands (paths read from the pre-update item, placeholders).</summary>
    public Evaluator Evaluator { get; }

    public ExpressionScope Scope { get; }

    public static ParsedUpdate Parse(string expression, ExpressionAttributes attributes, bool enveloped)
    {
        var scope = new ExpressionScope(ExpressionKind.Update, enveloped);
        KeyConditions.CheckText(expression, scope);
        var syntax = ConditionParser.ParseUpdate(expression, scope);
        var operands = syntax.Actions
            .SelectMany(a => new[] { a.Path, a.Value, a.Right }.OfType<Operand>())
            .SelectMany(AstWalker.Expand)
            .ToList();
        var operators = syntax.Actions.Count(a => a.Right is not null);
        if (operators > ConditionChecks.MaxOperators)
        {
            throw scope.Error($"The expression contains too many operators; operator count: {operators}");
        }

        // Texts below: data-plane §3.3, §3.4, §3.6, §3.9 (the same families as conditions), in §3.12's update order.
        var names = operands.OfType<PathOperand>().SelectMany(p => p.Elements.OfType<NameElement>()).ToList();
        foreach (var name in names.Where(n => !n.IsPlaceholder && ReservedWords.Contains(n.Text)))
        {
            throw scope.Error($"Attribute name is a reserved keyword; reserved keyword: {name.Text}");
        }

        var calls = operands.OfType<FunctionCall>().ToList();
        foreach (var call in calls.Where(c => !Functions.IsKnown(c.Name)))
        {
            throw scope.Error($"Invalid function name; function: {call.Name}");
        }

        if (syntax.RepeatedClause is { } repeated)
        {
            // Service text ⟨env⟩ (data-plane §0.1, MOTO-V 2026).
            throw scope.Error($"The \"{repeated}\" section can only be used once in an update expression;");
        }

        foreach (var name in names)
        {
            attributes.Name(name, scope);
        }

        foreach (var value in operands.OfType<ValueOperand>())
        {
            attributes.Value(value.Placeholder, scope);
        }

        var evaluator = new Evaluator(attributes, scope);
        var actions = syntax.Actions.Select(a => new ResolvedAction(a, evaluator.Path(a.Path))).ToList();
        DocumentPath.CheckDisjoint(actions.Select(a => a.Path).ToList(), scope);
        foreach (var action in actions.Where(a => a.Clause is UpdateClause.Add or UpdateClause.Delete))
        {
            CheckAddOrDelete(action, attributes, scope);
        }

        foreach (var action in syntax.Actions.Where(a => a.Clause == UpdateClause.Set))
        {
            CheckSetValue(action, attributes, scope);
        }

        foreach (var path in operands.OfType<PathOperand>())
        {
            evaluator.Path(path);
        }

        return new ParsedUpdate(actions, evaluator, scope);
    }

    /// <summary>ADD takes a number or a set, DELETE a set (data-plane §3.6; "operator:", type names spelled out).</summary>
    private static void CheckAddOrDelete(ResolvedAction action, ExpressionAttributes attributes, ExpressionScope scope)
    {
        var value = attributes.Value(((ValueOperand)action.Syntax.Value!).Placeholder, scope);
        var type = AttributeValues.TypeOf(value);
        var allowed = type is "SS" or "NS" or "BS" || (action.Clause == UpdateClause.Add && type == "N");
        if (!allowed)
        {
            var op = action.Clause == UpdateClause.Add ? "ADD" : "DELETE";
            throw scope.Error($"Incorrect operand type for operator or function; operator: {op}, operand type: {LongTypeName(type)}");
        }
    }

    private static void CheckSetValue(UpdateAction action, ExpressionAttributes attributes, ExpressionScope scope)
    {
        foreach (var call in new[] { action.Value, action.Right }.OfType<Operand>().SelectMany(AstWalker.Expand).OfType<FunctionCall>())
        {
            if (Functions.Role(call.Name) != FunctionRole.UpdateOperand)
            {
                throw scope.Error($"The function is not allowed to be used this way in an expression; function: {call.Name}");
            }

            if (call.Name == "list_append" && call.Arguments.SelectMany(AstWalker.Expand).OfType<FunctionCall>().Any(c => c.Name == "list_append"))
            {
                // data-plane §3.6 [ALT xfail comment].
                throw scope.Error("The function is not allowed to be used this way in an expression; function: list_append");
            }
        }

        foreach (var call in new[] { action.Value, action.Right }.OfType<Operand>().SelectMany(AstWalker.Expand).OfType<FunctionCall>())
        {
            if (call.Arguments.Count != Functions.Arity(call.Name))
            {
                throw scope.Error($"Incorrect number of operands for operator or function; operator or function: {call.Name}, number of operands: {call.Arguments.Count}");
            }

            if (Functions.RequiresPath(call.Name) && call.Arguments[0] is not PathOperand)
            {
                throw scope.Error($"Operator or function requires a document path; operator or function: {call.Name}");
            }

            if (call.Name == "list_append")
            {
                foreach (var type in call.Arguments.OfType<ValueOperand>().Select(v => AttributeValues.TypeOf(attributes.Value(v.Placeholder, scope))).Where(t => t != "L"))
                {
                    throw scope.Error($"Incorrect operand type for operator or function; operator or function: list_append, operand type: {type}");
                }
            }
        }

        if (action.Right is not null)
        {
            var op = action.Subtract ? "-" : "+";
            foreach (var type in new[] { action.Value!, action.Right }.OfType<ValueOperand>().Select(v => AttributeValues.TypeOf(attributes.Value(v.Placeholder, scope))).Where(t => t != "N"))
            {
                throw scope.Error($"Incorrect operand type for operator or function; operator or function: {op}, operand type: {type}");
            }
        }
    }

    /// <summary>The spelled-out type names of the ADD/DELETE operand message (data-plane §3.6).</summary>
    private static string LongTypeName(string type) => type switch
    {
        "S" => "STRING",
        "N" => "NUMBER",
        "B" => "BINARY",
        "BOOL" => "BOOLEAN",
        "NULL" => "NULL",
        "L" => "LIST",
        "M" => "MAP",
        _ => type,
    };

    /// <summary>Every action's path, for UPDATED_OLD / UPDATED_NEW.</summary>
    public IReadOnlyList<DocumentPath> Paths => Actions.Select(a => a.Path).ToList();

    /// <inheritdoc />
    public Dictionary<string, AttributeValue>? Apply(IReadOnlyDictionary<string, AttributeValue>? old, IReadOnlyDictionary<string, AttributeValue> key) =>
        UpdateActions.Apply(this, old, key);

    /// <summary>True when the update would not create a missing item: only REMOVE/DELETE actions (data-plane §3.6).</summary>
    public bool OnlyRemovesOrDeletes => Actions.All(a => a.Clause is UpdateClause.Remove or UpdateClause.Delete);

    /// <summary>Operand value from the pre-update item; used by <see cref="UpdateActions"/>.</summary>
    public AttributeValue? Read(Operand operand, IReadOnlyDictionary<string, AttributeValue>? item) => Evaluator.Value(operand, item);
}
