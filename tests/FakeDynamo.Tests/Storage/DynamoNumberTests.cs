using FakeDynamo.Storage;

namespace FakeDynamo.Tests.Storage;

public class DynamoNumberTests
{
    // Canonical forms observed on AWS (data-plane §2.2, ALT test_number_output_normalization).
    [TestCase("007", "7")]
    [TestCase("+1.5", "1.5")]
    [TestCase("1.10", "1.1")]
    [TestCase("100.000", "100")]
    [TestCase("1e3", "1000")]
    [TestCase("1E+3", "1000")]
    [TestCase("1.23e4", "12300")]
    [TestCase("1e-3", "0.001")]
    [TestCase("123e-2", "1.23")]
    [TestCase("-0.0", "0")]
    [TestCase("-0", "0")]
    [TestCase("0e5", "0")]
    [TestCase(".5", "0.5")]
    [TestCase("-.5", "-0.5")]
    [TestCase("1e-20", "0.00000000000000000001")]
    [TestCase("0001.23", "1.23")]
    [TestCase("5.", "5")]
    public void Parse_ValidText_GivesCanonicalText(string text, string canonical)
    {
        DynamoNumber.Parse(text).ToString().ShouldBe(canonical);
    }

    [Test]
    public void Parse_LargestExponent_WritesAllZeros()
    {
        DynamoNumber.Parse("1e125").ToString().ShouldBe("1" + new string('0', 125));
    }

    [TestCase("", "The parameter cannot be converted to a numeric value")]
    [TestCase("b", "The parameter cannot be converted to a numeric value: b")]
    [TestCase("NaN", "The parameter cannot be converted to a numeric value: NaN")]
    [TestCase("Infinity", "The parameter cannot be converted to a numeric value: Infinity")]
    [TestCase(" 1", "The parameter cannot be converted to a numeric value:  1")]
    [TestCase("1 ", "The parameter cannot be converted to a numeric value: 1 ")]
    [TestCase("1e", "The parameter cannot be converted to a numeric value: 1e")]
    [TestCase("1.2.3", "The parameter cannot be converted to a numeric value: 1.2.3")]
    [TestCase("--1", "The parameter cannot be converted to a numeric value: --1")]
    [TestCase("123456789012345678901234567890123456789", "Attempting to store more than 38 significant digits in a Number")]
    [TestCase("1e126", "Number overflow. Attempting to store a number with magnitude larger than supported range")]
    [TestCase("-1e126", "Number overflow. Attempting to store a number with magnitude larger than supported range")]
    [TestCase("1e-131", "Number underflow. Attempting to store a number with magnitude smaller than supported range")]
    public void TryParse_InvalidText_GivesServiceMessage(string text, string message)
    {
        DynamoNumber.TryParse(text, out _, out var error).ShouldBeFalse();
        error.ShouldBe(message);
    }

    [TestCase("12345678901234567890123456789012345678")] // 38 digits
    [TestCase("1234567890123456789012345678901234567800000")] // trailing zeros are not significant
    [TestCase("9.9999999999999999999999999999999999999E+125")]
    [TestCase("-9.9999999999999999999999999999999999999E+125")]
    [TestCase("1E-130")]
    [TestCase("0.0e126")]
    public void TryParse_AtTheLimits_Accepted(string text)
    {
        DynamoNumber.TryParse(text, out _, out var error).ShouldBeTrue();
        error.ShouldBeNull();
    }

    // Storage sizes (data-plane §2.6): 1 + ceil(d/2) + (d even and e even) + (negative).
    [TestCase("0", 1)]
    [TestCase("1e125", 2)]
    [TestCase("1.1e125", 2)]
    [TestCase("12", 2)]
    [TestCase("1.2", 3)]
    [TestCase("1.234", 4)]
    [TestCase("-12", 3)]
    [TestCase("12345678901234567890123456789012345678e88", 20)]
    public void StorageSize_Number_FollowsServiceRule(string text, int size)
    {
        DynamoNumber.Parse(text).StorageSize.ShouldBe(size);
    }

    [TestCase("1000", "1e3", 0)]
    [TestCase("-1", "1", -1)]
    [TestCase("-2", "-1", -1)]
    [TestCase("0.001", "0.01", -1)]
    [TestCase("10", "9", 1)]
    [TestCase("-0", "0", 0)]
    [TestCase("1.5", "1.25", 1)]
    public void CompareTo_Numbers_ComparesNumerically(string a, string b, int sign)
    {
        Math.Sign(DynamoNumber.Parse(a).CompareTo(DynamoNumber.Parse(b))).ShouldBe(sign);
    }

    [Test]
    public void Equals_NumericallyEqualTexts_SameHashCode()
    {
        var a = DynamoNumber.Parse("1000");
        var b = DynamoNumber.Parse("1.000E3");
        a.Equals(b).ShouldBeTrue();
        a.GetHashCode().ShouldBe(b.GetHashCode());
    }
}
