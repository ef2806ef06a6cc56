namespace FakeDynamo.Errors;

/// <summary>Name rules shared by tables, indexes and backups (DynamoDB developer guide, naming rules).</summary>
internal static class Names
{
    public const string NamePattern = "[a-zA-Z0-9_.-]+";

    public static bool IsValidNameCharacters(string value) =>
        value.Length > 0 && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '-');

    public static bool IsValidTableName(string? value) =>
        value is { Length: >= 3 and <= 255 } && IsValidNameCharacters(value);
}
