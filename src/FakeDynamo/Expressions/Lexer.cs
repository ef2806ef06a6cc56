namespace FakeDynamo.Expressions;

/// <summary>
/// Splits any expression (condition, filter, key condition, update, projection) into tokens by the rules of
/// data-plane §3.1. Never fails: characters outside the language become one-character <see cref="TokenKind.Invalid"/>
/// tokens so that the parser reports them as the service does (<c>token: "_"</c>).
/// </summary>
internal static class Lexer
{
    public static IReadOnlyList<Token> Tokenize(string source)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < source.Length)
        {
            var c = source[i];
            if (c is ' ' or '\t' or '\r' or '\n')
            {
                i++;
                continue;
            }

            var start = i;
            TokenKind kind;
            if (char.IsAsciiLetter(c))
            {
                i = SkipWord(source, i + 1);
                kind = TokenKind.Name;
            }
            else if (char.IsAsciiDigit(c))
            {
                while (i < source.Length && char.IsAsciiDigit(source[i])) i++;
                kind = TokenKind.Number;
            }
            else if (c is '#' or ':')
            {
                var end = SkipWord(source, i + 1);
                if (end == i + 1)
                {
                    // '#' or ':' without a following name character is not a placeholder.
                    i++;
                    kind = TokenKind.Invalid;
                }
                else
                {
                    i = end;
                    kind = c == '#' ? TokenKind.NamePlaceholder : TokenKind.ValuePlaceholder;
                }
            }
            else
            {
                (kind, i) = Punctuation(source, i);
            }

            tokens.Add(new Token(kind, source[start..i], start, i));
        }

        tokens.Add(new Token(TokenKind.End, string.Empty, source.Length, source.Length));
        return tokens;
    }

    private static int SkipWord(string source, int i)
    {
        while (i < source.Length && (char.IsAsciiLetterOrDigit(source[i]) || source[i] == '_')) i++;
        return i;
    }

    private static (TokenKind Kind, int Next) Punctuation(string source, int i)
    {
        var next = i + 1 < source.Length ? source[i + 1] : '\0';
        return source[i] switch
        {
            '=' => (TokenKind.Comparator, i + 1),
            '<' when next is '>' or '=' => (TokenKind.Comparator, i + 2),
            '<' => (TokenKind.Comparator, i + 1),
            '>' when next == '=' => (TokenKind.Comparator, i + 2),
            '>' => (TokenKind.Comparator, i + 1),
            '(' => (TokenKind.LeftParen, i + 1),
            ')' => (TokenKind.RightParen, i + 1),
            '[' => (TokenKind.LeftBracket, i + 1),
            ']' => (TokenKind.RightBracket, i + 1),
            ',' => (TokenKind.Comma, i + 1),
            '.' => (TokenKind.Dot, i + 1),
            '+' => (TokenKind.Plus, i + 1),
            '-' => (TokenKind.Minus, i + 1),
            _ when char.IsHighSurrogate(source[i]) && char.IsLowSurrogate(next) => (TokenKind.Invalid, i + 2),
            _ => (TokenKind.Invalid, i + 1),
        };
    }
}
