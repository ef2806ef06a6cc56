using System.Globalization;
using System.Numerics;

namespace FakeDynamo.Storage;

/// <summary>
/// Exact decimal addition and subtraction for UpdateExpression <c>+</c>/<c>-</c> and ADD (data-plane §2.2): a result
/// needing more than 38 significant digits fails with the overflow text, not the precision one [ALT].
/// </summary>
internal static class DynamoNumberArithmetic
{
    /// <summary>The service's text for a result out of range or too precise (data-plane §2.2 [ALT]).</summary>
    public const string Overflow = "Number overflow. Attempting to store a number with magnitude larger than supported range";

    /// <summary><paramref name="a"/> + <paramref name="b"/> (or − when <paramref name="subtract"/>); null + error text when not storable.</summary>
    public static DynamoNumber? TryAdd(DynamoNumber a, DynamoNumber b, bool subtract, out string? error)
    {
        var (ca, sa) = Decompose(a);
        var (cb, sb) = Decompose(b);
        if (subtract)
        {
            cb = -cb;
        }

        var scale = Math.Min(sa, sb);
        var sum = ca * BigInteger.Pow(10, sa - scale) + cb * BigInteger.Pow(10, sb - scale);
        error = null;
        if (sum.IsZero)
        {
            return DynamoNumber.Parse("0");
        }

        var digits = BigInteger.Abs(sum).ToString(CultureInfo.InvariantCulture).TrimEnd('0');
        if (digits.Length > DynamoNumber.MaxDigits)
        {
            error = Overflow;
            return null;
        }

        var text = sum.ToString(CultureInfo.InvariantCulture) + "E" + scale.ToString(CultureInfo.InvariantCulture);
        if (!DynamoNumber.TryParse(text, out var result, out error))
        {
            return null;
        }

        return result;
    }

    /// <summary>value = coefficient × 10^scale.</summary>
    private static (BigInteger Coefficient, int Scale) Decompose(DynamoNumber n)
    {
        if (n.IsZero)
        {
            return (BigInteger.Zero, 0);
        }

        var coefficient = BigInteger.Parse(n.Digits, CultureInfo.InvariantCulture);
        return (n.Negative ? -coefficient : coefficient, n.Exponent - (n.Digits.Length - 1));
    }
}
