using FakeDynamo.Expressions;

namespace FakeDynamo.Tests.Expressions;

public class LexerTests
{
    [TestCase("a.#b[12]", "Name:a Dot:. NamePlaceholder:#b LeftBracket:[ Number:12 RightBracket:] End:")]
    [TestCase("x<>:v1", "Name:x Comparator:<> ValuePlaceholder::v1 End:")]
    [TestCase("a<=b>=c<d>e=f", "Name:a Comparator:<= Name:b Comparator:>= Name:c Comparator:< Name:d Comparator:> Name:e Comparator:= Name:f End:")]
    [TestCase("f(a, b)", "Name:f LeftParen:( Name:a Comma:, Name:b RightParen:) End:")]
    [TestCase("#_ :_9", "NamePlaceholder:#_ ValuePlaceholder::_9 End:")]
    [TestCase("_a", "Invalid:_ Name:a End:")]
    [TestCase("# :", "Invalid:# Invalid:: End:")]
    [TestCase("a+b-c", "Name:a Plus:+ Name:b Minus:- Name:c End:")]
    [TestCase("\t a \r\n", "Name:a End:")]
    [TestCase("a\U0001F600", "Name:a Invalid:\U0001F600 End:")]
    public void Tokenize_Source_GivesTokens(string source, string expected)
    {
        string.Join(" ", Lexer.Tokenize(source).Select(t => $"{t.Kind}:{t.Text}")).ShouldBe(expected);
    }

    [Test]
    public void Tokenize_Positions_PointIntoSource()
    {
        var tokens = Lexer.Tokenize("ab  = :v");
        tokens.Select(t => (t.Start, t.End)).ShouldBe([(0, 2), (4, 5), (6, 8), (8, 8)]);
    }

    [TestCase("and")]
    [TestCase("Between")]
    [TestCase("IN")]
    public void Token_Keywords_CaseInsensitive(string word)
    {
        Lexer.Tokenize(word)[0].IsConditionKeyword.ShouldBeTrue();
    }

    [Test]
    public void ReservedWords_List_HasAll573()
    {
        ReservedWords.Count.ShouldBe(573);
        ReservedWords.Contains("size").ShouldBeTrue();
        ReservedWords.Contains("begins_with").ShouldBeFalse();
    }
}
