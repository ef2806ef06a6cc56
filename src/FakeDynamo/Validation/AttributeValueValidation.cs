using Amazon.DynamoDBv2.Model;
using FakeDynamo.Errors;
using FakeDynamo.Storage;

namespace FakeDynamo.Validation;

/// <summary>
/// Well-formedness of attribute values (data-plane §2.1, §2.2): exactly one type, NULL true, no empty or duplicate
/// sets, valid numbers. Returns the service's bare message; the caller decides the envelope.
/// </summary>
internal static class AttributeValueValidation
{
    /// <summary>Items up to 409,600 bytes are accepted, 409,601 rejected (data-plane §2.6).</summary>
    public const long MaxItemSize = 409_600;

    /// <summary>
    /// Nested L/M containers allowed below an attribute: 32 levels counting the item as level 1, so a chain of 31 maps
    /// is accepted (data-plane §2.4).
    /// </summary>
    public const int MaxContainerDepth = 31;

    /// <summary>The first problem in an item's values, or null.</summary>
    public static string? FirstProblem(IReadOnlyDictionary<string, AttributeValue> item)
    {
        foreach (var value in item.Values)
        {
            if (FirstProblem(value) is { } problem)
            {
                return problem;
            }
        }

        return null;
    }

    public static string? FirstProblem(AttributeValue? value) => FirstProblem(value, 0);

    private static string? FirstProblem(AttributeValue? value, int depth)
    {
        if (value is null)
        {
            return "Supplied AttributeValue is empty, must contain exactly one of the supported datatypes";
        }

        var count = AttributeValues.TypeCount(value);
        if (count == 0)
        {
            return "Supplied AttributeValue is empty, must contain exactly one of the supported datatypes";
        }

        if (count > 1)
        {
            return "Supplied AttributeValue has more than one datatypes set, must contain exactly one of the supported datatypes";
        }

        if (value.NULL is false)
        {
            return "One or more parameter values were invalid: Null attribute value types must have the value of true";
        }

        if (value.N is not null)
        {
            return NumberProblem(value.N);
        }

        if (value.SS is not null)
        {
            if (value.SS.Count == 0) return "One or more parameter values were invalid: An string set  may not be empty";
            if (value.SS.Distinct(StringComparer.Ordinal).Count() != value.SS.Count)
            {
                return $"One or more parameter values were invalid: Input collection [{string.Join(", ", value.SS)}] contains duplicates.";
            }
        }

        if (value.NS is not null)
        {
            if (value.NS.Count == 0) return "One or more parameter values were invalid: An number set  may not be empty";
            foreach (var n in value.NS)
            {
                if (NumberProblem(n) is { } problem) return problem;
            }

            if (value.NS.Select(DynamoNumber.Parse).Distinct().Count() != value.NS.Count)
            {
                return "Input collection contains duplicates";
            }
        }

        if (value.BS is not null)
        {
            if (value.BS.Count == 0) return "One or more parameter values were invalid: Binary sets should not be empty";
            var encoded = value.BS.Select(b => Convert.ToBase64String(b.ToArray())).ToList();
            if (encoded.Distinct(StringComparer.Ordinal).Count() != encoded.Count)
            {
                return $"One or more parameter values were invalid: Input collection [{string.Join(", ", encoded)}]of type BS contains duplicates.";
            }
        }

        if ((value.L is not null || value.M is not null) && depth + 1 > MaxContainerDepth)
        {
            // Only the start of this text is known (data-plane §2.4); the rest is not pinned down.
            return "Nesting Levels have exceeded supported limits";
        }

        if (value.L is not null)
        {
            foreach (var element in value.L)
            {
                if (FirstProblem(element, depth + 1) is { } problem) return problem;
            }
        }

        if (value.M is not null)
        {
            foreach (var element in value.M.Values)
            {
                if (FirstProblem(element, depth + 1) is { } problem) return problem;
            }
        }

        return null;
    }

    private static string? NumberProblem(string text) =>
        DynamoNumber.TryParse(text, out _, out var error) ? null : error;
}
