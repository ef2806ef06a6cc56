namespace FakeDynamo.Expressions;

/// <summary>The kinds of token shared by all five expression kinds (data-plane §3.1).</summary>
internal enum TokenKind
{
    /// <summary>A bare name <c>[A-Za-z][A-Za-z0-9_]*</c>; keywords and function names are names too.</summary>
    Name,

    /// <summary><c>#</c> followed by one or more of <c>[A-Za-z0-9_]</c>.</summary>
    NamePlaceholder,

    /// <summary><c>:</c> followed by one or more of <c>[A-Za-z0-9_]</c>.</summary>
    ValuePlaceholder,

    /// <summary>Digits: only valid inside <c>[n]</c>; anywhere else the grammar rejects them.</summary>
    Number,

    /// <summary><c>= &lt;&gt; &lt; &lt;= &gt; &gt;=</c>.</summary>
    Comparator,
    LeftParen,
    RightParen,
    LeftBracket,
    RightBracket,
    Comma,
    Dot,
    Plus,
    Minus,

    /// <summary>Any other character: a one-character token the grammar always rejects.</summary>
    Invalid,

    /// <summary>The end of the input, printed as <c>&lt;EOF&gt;</c>.</summary>
    End,
}

/// <summary>One token with its position in the source (for the syntax error's <c>near</c> text).</summary>
internal readonly record struct Token(TokenKind Kind, string Text, int Start, int End)
{
    /// <summary>Keywords are case-insensitive (data-plane §3.1).</summary>
    public bool IsKeyword(string keyword) =>
        Kind == TokenKind.Name && string.Equals(Text, keyword, StringComparison.OrdinalIgnoreCase);

    /// <summary>True for the condition keywords, which can never be attribute names.</summary>
    public bool IsConditionKeyword =>
        IsKeyword("AND") || IsKeyword("OR") || IsKeyword("NOT") || IsKeyword("BETWEEN") || IsKeyword("IN");

    /// <summary>The text a syntax error shows for this token.</summary>
    public string Display => Kind == TokenKind.End ? "<EOF>" : Text;
}
