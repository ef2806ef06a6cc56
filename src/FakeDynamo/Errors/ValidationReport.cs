using System.Globalization;

namespace FakeDynamo.Errors;

/// <summary>
/// Collects shape violations of one request and reports them together in the service's envelope:
/// <c>N validation error(s) detected: Value '…' at '…' failed to satisfy constraint: …; …</c> (spec backup-api §2.1,
/// data-plane §1.3).
/// </summary>
internal sealed class ValidationReport
{
    private readonly List<string> _violations = [];

    public bool HasErrors => _violations.Count > 0;

    public void Add(object? value, string path, string constraint)
    {
        var rendered = value is null ? "null" : $"'{Render(value)}'";
        _violations.Add($"Value {rendered} at '{path}' failed to satisfy constraint: {constraint}");
    }

    public void NotNull(object? value, string path)
    {
        if (value is null)
        {
            Add(null, path, "Member must not be null");
        }
    }

    /// <summary>Length checks; a null value is not checked (use <see cref="NotNull"/> for required members).</summary>
    public void Length(string? value, string path, int min, int max)
    {
        if (value is null)
        {
            return;
        }

        if (value.Length < min)
        {
            Add(value, path, $"Member must have length greater than or equal to {min}");
        }

        if (value.Length > max)
        {
            Add(value, path, $"Member must have length less than or equal to {max}");
        }
    }

    public void Pattern(string? value, string path, Func<string, bool> matches, string pattern)
    {
        if (value is not null && !matches(value))
        {
            Add(value, path, $"Member must satisfy regular expression pattern: {pattern}");
        }
    }

    /// <summary>Table and index names: <c>[a-zA-Z0-9_.-]+</c>.</summary>
    public void NamePattern(string? value, string path) =>
        Pattern(value, path, Names.IsValidNameCharacters, Names.NamePattern);

    public void Range(long? value, string path, long min, long max)
    {
        if (value is null)
        {
            return;
        }

        if (value < min)
        {
            Add(value, path, $"Member must have value greater than or equal to {min}");
        }

        if (value > max)
        {
            Add(value, path, $"Member must have value less than or equal to {max}");
        }
    }

    /// <summary>Enum membership; <paramref name="serviceOrder"/> is the list as the service prints it.</summary>
    public void Enum(string? value, string path, IReadOnlyList<string> serviceOrder)
    {
        if (value is not null && !serviceOrder.Contains(value, StringComparer.Ordinal))
        {
            Add(value, path, $"Member must satisfy enum value set: [{string.Join(", ", serviceOrder)}]");
        }
    }

    /// <summary>Throws the collected violations as one ValidationException, if there are any.</summary>
    public void ThrowIfAny()
    {
        if (_violations.Count == 0)
        {
            return;
        }

        var head = _violations.Count == 1 ? "1 validation error detected: " : $"{_violations.Count} validation errors detected: ";
        throw DynamoErrors.Validation(head + string.Join("; ", _violations));
    }

    private static string Render(object value) => value switch
    {
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
