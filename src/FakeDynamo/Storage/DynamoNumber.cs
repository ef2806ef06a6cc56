using System.Globalization;
using System.Text;

namespace FakeDynamo.Storage;

/// <summary>
/// A DynamoDB number: up to 38 significant digits, magnitude 1E-130 … 9.99…E+125 (data-plane §2.2). Held as
/// sign + significant digits + exponent so that equality and ordering are numeric and the canonical text is exact.
/// </summary>
internal readonly struct DynamoNumber : IComparable<DynamoNumber>, IEquatable<DynamoNumber>
{
    public const int MaxDigits = 38;

    private DynamoNumber(bool negative, string digits, int exponent)
    {
        Negative = negative;
        Digits = digits;
        Exponent = exponent;
    }

    /// <summary>Significant digits without leading or trailing zeros; empty for zero.</summary>
    public string Digits { get; }

    /// <summary>The decimal exponent of the first significant digit (scientific notation).</summary>
    public int Exponent { get; }

    public bool Negative { get; }

    public bool IsZero => Digits.Length == 0;

    /// <summary>Parses service text; returns the service's error message when the text is not a storable number.</summary>
    public static bool TryParse(string text, out DynamoNumber number, out string? error)
    {
        number = default;
        if (text.Length == 0)
        {
            error = "The parameter cannot be converted to a numeric value";
            return false;
        }

        error = $"The parameter cannot be converted to a numeric value: {text}";
        var i = 0;
        var negative = false;
        if (text[i] is '+' or '-')
        {
            negative = text[i] == '-';
            i++;
        }

        var mantissa = new StringBuilder();
        var pointPosition = -1;
        var sawDigit = false;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsAsciiDigit(c))
            {
                mantissa.Append(c);
                sawDigit = true;
            }
            else if (c == '.' && pointPosition < 0)
            {
                pointPosition = mantissa.Length;
            }
            else
            {
                break;
            }
        }

        if (!sawDigit)
        {
            return false;
        }

        long exponentPart = 0;
        if (i < text.Length)
        {
            if (text[i] is not ('e' or 'E'))
            {
                return false;
            }

            i++;
            var expNegative = false;
            if (i < text.Length && text[i] is '+' or '-')
            {
                expNegative = text[i] == '-';
                i++;
            }

            if (i >= text.Length)
            {
                return false;
            }

            for (; i < text.Length; i++)
            {
                if (!char.IsAsciiDigit(text[i]))
                {
                    return false;
                }

                exponentPart = Math.Min(exponentPart * 10 + (text[i] - '0'), 100_000_000);
            }

            if (expNegative)
            {
                exponentPart = -exponentPart;
            }
        }

        var all = mantissa.ToString();
        var intDigits = pointPosition < 0 ? all.Length : pointPosition;
        var firstNonZero = all.AsSpan().IndexOfAnyExcept('0');
        if (firstNonZero < 0)
        {
            number = new DynamoNumber(false, string.Empty, 0);
            error = null;
            return true;
        }

        var lastNonZero = all.AsSpan().LastIndexOfAnyExcept('0');
        var digits = all[firstNonZero..(lastNonZero + 1)];
        var exponent = exponentPart + intDigits - firstNonZero - 1;
        if (digits.Length > MaxDigits)
        {
            error = "Attempting to store more than 38 significant digits in a Number";
            return false;
        }

        if (exponent > 125)
        {
            error = "Number overflow. Attempting to store a number with magnitude larger than supported range";
            return false;
        }

        if (exponent < -130)
        {
            error = "Number underflow. Attempting to store a number with magnitude smaller than supported range";
            return false;
        }

        number = new DynamoNumber(negative, digits, (int)exponent);
        error = null;
        return true;
    }

    public static DynamoNumber Parse(string text) =>
        TryParse(text, out var n, out var error) ? n : throw new FormatException(error);

    /// <summary>Plain decimal text, never exponent notation (data-plane §2.2 canonical form).</summary>
    public override string ToString()
    {
        if (IsZero)
        {
            return "0";
        }

        var sb = new StringBuilder(Digits.Length + Math.Abs(Exponent) + 3);
        if (Negative)
        {
            sb.Append('-');
        }

        if (Exponent < 0)
        {
            sb.Append("0.").Append('0', -Exponent - 1).Append(Digits);
        }
        else if (Exponent + 1 >= Digits.Length)
        {
            sb.Append(Digits).Append('0', Exponent + 1 - Digits.Length);
        }
        else
        {
            sb.Append(Digits, 0, Exponent + 1).Append('.').Append(Digits, Exponent + 1, Digits.Length - Exponent - 1);
        }

        return sb.ToString();
    }

    /// <summary>Bytes the number occupies in an item: 1 + base-100 mantissa bytes (+1 if negative) (data-plane §2.6).</summary>
    public int StorageSize
    {
        get
        {
            if (IsZero)
            {
                return 1;
            }

            var d = Digits.Length;
            var size = 1 + (d + 1) / 2;
            if (d % 2 == 0 && Exponent % 2 == 0)
            {
                size++;
            }

            return Negative ? size + 1 : size;
        }
    }

    public int CompareTo(DynamoNumber other)
    {
        var sign = SignOf(this);
        var otherSign = SignOf(other);
        if (sign != otherSign)
        {
            return sign.CompareTo(otherSign);
        }

        if (sign == 0)
        {
            return 0;
        }

        var magnitude = Exponent != other.Exponent
            ? Exponent.CompareTo(other.Exponent)
            : string.CompareOrdinal(Digits, other.Digits);
        return sign * Math.Sign(magnitude);
    }

    public bool Equals(DynamoNumber other) => CompareTo(other) == 0;

    public override bool Equals(object? obj) => obj is DynamoNumber other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(Negative && !IsZero, Digits, IsZero ? 0 : Exponent);

    public string ToString(IFormatProvider? provider) => ToString();

    public double ToDouble() => double.Parse(ToString(), CultureInfo.InvariantCulture);

    private static int SignOf(DynamoNumber n) => n.IsZero ? 0 : n.Negative ? -1 : 1;
}
