using FakeDynamo.Storage;

namespace FakeDynamo.Tests.Storage;

public class KeyValueTests
{
    private static KeyValue S(string s) => KeyValue.From(new AttributeValue { S = s })!;

    private static KeyValue N(string n) => KeyValue.From(new AttributeValue { N = n })!;

    private static KeyValue B(params byte[] b) => KeyValue.From(new AttributeValue { B = new MemoryStream(b) })!;

    [TestCase("a", "b", -1)]
    [TestCase("ab", "a", 1)]
    [TestCase("Z", "a", -1)]
    [TestCase("\uFFFF", "\U0001F600", -1)] // code-point (UTF-8) order, not UTF-16 order
    [TestCase("\uE000", "\U0001F600", -1)]
    [TestCase("", "a", -1)]
    public void CompareTo_Strings_ByUtf8Bytes(string a, string b, int sign)
    {
        Math.Sign(S(a).CompareTo(S(b))).ShouldBe(sign);
    }

    [Test]
    public void CompareTo_Binary_ByUnsignedBytes()
    {
        B(0x7F).CompareTo(B(0x80)).ShouldBeLessThan(0);
        B(0x01).CompareTo(B(0x01, 0x00)).ShouldBeLessThan(0);
        B(0xFF).CompareTo(B(0x00, 0xFF)).ShouldBeGreaterThan(0);
    }

    [Test]
    public void Equals_NumericallyEqualNumbers_EqualWithSameHashes()
    {
        N("1000").ShouldBe(N("1E3"));
        N("1000").GetHashCode().ShouldBe(N("1E3").GetHashCode());
        N("1000").StableHash().ShouldBe(N("1e+3").StableHash());
        new PrimaryKey(N("1"), S("x")).ShouldBe(new PrimaryKey(N("1.0"), S("x")));
    }

    [Test]
    public void StableHash_SameValue_SameInEveryProcess()
    {
        // Fixed values: scan order and segments must not depend on the process (string hashing is randomized).
        S("a").StableHash().ShouldBe(5599848256057878529UL); // FNV-1a over 'S','a', then fmix64
        S("a").StableHash().ShouldBe(S("a").StableHash());
        S("a").StableHash().ShouldNotBe(S("b").StableHash());
        S("a").StableHash().ShouldNotBe(B((byte)'a').StableHash());
    }

    [Test]
    public void StartsWith_StringsAndBinary_ByPrefix()
    {
        S("abc").StartsWith(S("ab")).ShouldBeTrue();
        S("abc").StartsWith(S("b")).ShouldBeFalse();
        B(1, 2, 3).StartsWith(B(1, 2)).ShouldBeTrue();
        N("12").StartsWith(N("1")).ShouldBeFalse();
    }

    [Test]
    public void Size_KeyValues_UseDecodedAndUtf8Lengths()
    {
        S("é").Size.ShouldBe(2);
        B(1, 2, 3).Size.ShouldBe(3);
        N("12").Size.ShouldBe(2);
    }
}
