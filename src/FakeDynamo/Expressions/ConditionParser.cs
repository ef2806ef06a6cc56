using System.Globalization;

namespace FakeDynamo.Expressions;

/// <summary>
/// Recursive-descent parser for the condition grammar (data-plane §3.3), used by ConditionExpression, FilterExpression
/// and KeyConditionExpression. Precedence (loosest first): OR, AND, NOT, then comparisons/BETWEEN/IN/functions.
/// A syntax error names the token at the furthest point any alternative reached, with the source text from the token
/// before it to the token after it (§3.12). Redundant parentheses are recorded and reported only after a successful
/// parse (§3.3, §3.12 precedence).
/// </summary>
internal sealed partial class ConditionParser
{
    private readonly string _source;
    private readonly ExpressionScope _scope;
    private readonly IReadOnlyList<Token> _tokens;
    private readonly HashSet<object> _parenthesized = new(ReferenceEqualityComparer.Instance);
    private int _position;
    private int _furthest;
    private bool _redundant;

    private ConditionParser(string source, ExpressionScope scope)
    {
        _source = source;
        _scope = scope;
        _tokens = Lexer.Tokenize(source);
    }

    /// <summary>Parses <paramref name="source"/>; throws the service's syntax or redundant-parentheses error.</summary>
    public static ConditionNode Parse(string source, ExpressionScope scope)
    {
        var parser = new ConditionParser(source, scope);
        ConditionNode root;
        try
        {
            root = parser.ParseOr();
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

        return root;
    }

    private Token Peek => _tokens[_position];

    private ConditionNode ParseOr()
    {
        var left = ParseAnd();
        while (Peek.IsKeyword("OR"))
        {
            _position++;
            left = new Or(left, ParseAnd());
        }

        return left;
    }

    private ConditionNode ParseAnd()
    {
        var left = ParseNot();
        while (Peek.IsKeyword("AND"))
        {
            _position++;
            left = new And(left, ParseNot());
        }

        return left;
    }

    private ConditionNode ParseNot()
    {
        // Up to ~2000 nested groups fit in 4096 bytes; on a small thread stack fail cleanly instead of crashing.
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        if (Peek.IsKeyword("NOT"))
        {
            _position++;
            return new Not(ParseNot());
        }

        return ParsePrimary();
    }

    private ConditionNode ParsePrimary()
    {
        if (Peek.Kind == TokenKind.LeftParen)
        {
            // '(' opens either a parenthesized condition or a parenthesized operand: try the condition first.
            var (saved, savedRedundant) = (_position, _redundant);
            try
            {
                _position++;
                var inner = ParseOr();
                Expect(TokenKind.RightParen);
                if (Peek.Kind == TokenKind.Comparator || Peek.IsKeyword("BETWEEN") || Peek.IsKeyword("IN"))
                {
                    // `(size(a)) > :v`: the group was a parenthesized operand after all.
                    throw new SyntaxFailure();
                }

                MarkParenthesized(inner);
                return inner;
            }
            catch (SyntaxFailure)
            {
                (_position, _redundant) = (saved, savedRedundant);
            }
        }

        var operand = ParseOperand();
        var next = Peek;
        if (next.Kind == TokenKind.Comparator)
        {
            _position++;
            return new Comparison(Comparators.Parse(next.Text), operand, ParseOperand());
        }

        if (next.IsKeyword("BETWEEN"))
        {
            _position++;
            var lower = ParseOperand();
            if (!Peek.IsKeyword("AND"))
            {
                throw Fail();
            }

            _position++;
            return new Between(operand, lower, ParseOperand());
        }

        if (next.IsKeyword("IN"))
        {
            _position++;
            Expect(TokenKind.LeftParen);
            var list = new List<Operand> { ParseOperand() };
            while (Peek.Kind == TokenKind.Comma)
            {
                _position++;
                list.Add(ParseOperand());
            }

            Expect(TokenKind.RightParen);
            return new In(operand, list);
        }

        if (operand is FunctionCall call && !_parenthesized.Contains(call))
        {
            return new FunctionCondition(call);
        }

        throw Fail();
    }

    /// <summary>An operand: path, <c>:value</c>, function call, optionally in parentheses.</summary>
    private Operand ParseOperand()
    {
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        var token = Peek;
        switch (token.Kind)
        {
            case TokenKind.LeftParen:
                _position++;
                var inner = ParseOperand();
                Expect(TokenKind.RightParen);
                MarkParenthesized(inner);
                return inner;
            case TokenKind.ValuePlaceholder:
                _position++;
                return new ValueOperand(token.Text);
            case TokenKind.Name when !token.IsConditionKeyword && _tokens[_position + 1].Kind == TokenKind.LeftParen:
                return ParseCall();
            case TokenKind.Name when !token.IsConditionKeyword:
            case TokenKind.NamePlaceholder:
                return ParsePath();
            default:
                throw Fail();
        }
    }

    private FunctionCall ParseCall()
    {
        var name = Peek.Text;
        _position += 2;
        var arguments = new List<Operand>();
        if (Peek.Kind != TokenKind.RightParen)
        {
            arguments.Add(ParseOperand());
            while (Peek.Kind == TokenKind.Comma)
            {
                _position++;
                arguments.Add(ParseOperand());
            }
        }

        Expect(TokenKind.RightParen);
        return new FunctionCall(name, arguments);
    }

    private PathOperand ParsePath()
    {
        var elements = new List<PathElement> { new NameElement(Peek.Text) };
        _position++;
        while (true)
        {
            if (Peek.Kind == TokenKind.Dot)
            {
                _position++;
                if (Peek.Kind is not (TokenKind.Name or TokenKind.NamePlaceholder))
                {
                    throw Fail();
                }

                elements.Add(new NameElement(Peek.Text));
                _position++;
            }
            else if (Peek.Kind == TokenKind.LeftBracket)
            {
                _position++;
                var digits = Peek;
                Expect(TokenKind.Number);
                Expect(TokenKind.RightBracket);
                if (!int.TryParse(digits.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var index))
                {
                    throw _scope.Error($"List index is not within the allowable range; index: [{digits.Text}]");
                }

                elements.Add(new IndexElement(index));
            }
            else
            {
                return new PathOperand(elements);
            }
        }
    }

    private void MarkParenthesized(object node)
    {
        // A pair that directly encloses another pair is redundant (data-plane §3.3).
        if (!_parenthesized.Add(node))
        {
            _redundant = true;
        }
    }

    private void Expect(TokenKind kind)
    {
        if (Peek.Kind != kind)
        {
            throw Fail();
        }

        _position++;
    }

    private SyntaxFailure Fail()
    {
        _furthest = Math.Max(_furthest, _position);
        return new SyntaxFailure();
    }

    private Errors.ServiceError SyntaxError(int index)
    {
        var token = _tokens[index];
        var from = index > 0 ? _tokens[index - 1].Start : token.Start;
        var to = token.Kind == TokenKind.End ? (index > 0 ? _tokens[index - 1].End : 0)
            : _tokens[index + 1].Kind == TokenKind.End ? token.End
            : _tokens[index + 1].End;
        var near = _source[from..to];
        return _scope.Error($"Syntax error; token: \"{token.Display}\", near: \"{near}\"");
    }

    /// <summary>Internal backtracking signal; never leaves the parser.</summary>
    private sealed class SyntaxFailure : Exception;
}
