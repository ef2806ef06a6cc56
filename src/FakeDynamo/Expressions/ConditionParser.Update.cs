namespace FakeDynamo.Expressions;

/// <summary>
/// The UpdateExpression and ProjectionExpression grammars (data-plane §3.6, §3.7) on the same tokens, operands, paths
/// and syntax-error reporting as conditions: one parser for all five expression kinds.
/// </summary>
internal sealed partial class ConditionParser
{
    /// <summary>Parses an UpdateExpression; throws the service's syntax or redundant-parentheses error.</summary>
    public static UpdateSyntax ParseUpdate(string source, ExpressionScope scope) =>
        Run(source, scope, parser => parser.UpdateClauses());

    /// <summary>Parses a ProjectionExpression: <c>path (',' path)*</c>.</summary>
    public static IReadOnlyList<PathOperand> ParseProjection(string source, ExpressionScope scope) =>
        Run(source, scope, parser =>
        {
            var paths = new List<PathOperand> { parser.ActionPath() };
            while (parser.Peek.Kind == TokenKind.Comma)
            {
                parser._position++;
                paths.Add(parser.ActionPath());
            }

            return (IReadOnlyList<PathOperand>)paths;
        });

    private static T Run<T>(string source, ExpressionScope scope, Func<ConditionParser, T> grammar)
    {
        var parser = new ConditionParser(source, scope);
        T result;
        try
        {
            result = grammar(parser);
            parser.Expect(TokenKind.End);
        }
        catch (SyntaxFailure)
        {
            throw parser.SyntaxError(parser._furthest);
        }

        if (parser._redundant)
        {
            throw scope.Error("The expression has redundant parentheses;");
        }

        return result;
    }

    private UpdateSyntax UpdateClauses()
    {
        var actions = new List<UpdateAction>();
        var seen = new HashSet<UpdateClause>();
        string? repeated = null;
        do
        {
            var keyword = Peek;
            UpdateClause clause = keyword.IsKeyword("SET") ? UpdateClause.Set
                : keyword.IsKeyword("REMOVE") ? UpdateClause.Remove
                : keyword.IsKeyword("ADD") ? UpdateClause.Add
                : keyword.IsKeyword("DELETE") ? UpdateClause.Delete
                : throw Fail();
            _position++;
            if (!seen.Add(clause))
            {
                repeated ??= clause.ToString().ToUpperInvariant();
            }

            actions.Add(UpdateActionOf(clause));
            while (Peek.Kind == TokenKind.Comma)
            {
                _position++;
                actions.Add(UpdateActionOf(clause));
            }
        }
        while (Peek.Kind != TokenKind.End);

        return new UpdateSyntax(actions, repeated);
    }

    private UpdateAction UpdateActionOf(UpdateClause clause)
    {
        var path = ActionPath();
        switch (clause)
        {
            case UpdateClause.Set:
                Expect(TokenKind.Comparator, "=");
                var value = ParseOperand();
                if (Peek.Kind is TokenKind.Plus or TokenKind.Minus)
                {
                    var subtract = Peek.Kind == TokenKind.Minus;
                    _position++;
                    return new UpdateAction(clause, path, value, ParseOperand(), subtract);
                }

                return new UpdateAction(clause, path, value, null, false);
            case UpdateClause.Remove:
                return new UpdateAction(clause, path, null, null, false);
            default:
                var placeholder = Peek;
                Expect(TokenKind.ValuePlaceholder);
                return new UpdateAction(clause, path, new ValueOperand(placeholder.Text), null, false);
        }
    }

    /// <summary>A document path where only a path may stand (update targets, projections).</summary>
    private PathOperand ActionPath() =>
        Peek.Kind is TokenKind.Name or TokenKind.NamePlaceholder ? ParsePath() : throw Fail();

    private void Expect(TokenKind kind, string text)
    {
        if (Peek.Kind != kind || Peek.Text != text)
        {
            throw Fail();
        }

        _position++;
    }
}
