using Amazon.DynamoDBv2.Model;
using FakeDynamo.Validation;

namespace FakeDynamo.Expressions;

/// <summary>
/// A request's ExpressionAttributeNames and ExpressionAttributeValues (data-plane §3.8): checks the maps, resolves
/// placeholders for every expression of the request, and remembers which were used so that unused ones can be
/// reported after all expressions were parsed. Copies values in; never keeps the caller's maps.
/// </summary>
internal sealed class ExpressionAttributes
{
    private readonly Dictionary<string, string>? _names;
    private readonly Dictionary<string, AttributeValue>? _values;
    private readonly HashSet<string> _usedNames = new(StringComparer.Ordinal);
    private readonly HashSet<string> _usedValues = new(StringComparer.Ordinal);
    private readonly bool _enveloped;

    private ExpressionAttributes(IReadOnlyDictionary<string, string>? names, IReadOnlyDictionary<string, AttributeValue>? values, bool enveloped)
    {
        _names = names?.ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);
        _values = values is null ? null : Storage.AttributeValues.CloneMap(values);
        _enveloped = enveloped;
    }

    public bool HasNames => _names is not null;

    public bool HasValues => _values is not null;

    /// <summary>
    /// Checks the maps before any expression is parsed: not empty, well-formed keys, valid values (§3.8, §2.1).
    /// </summary>
    public static ExpressionAttributes From(IReadOnlyDictionary<string, string>? names, IReadOnlyDictionary<string, AttributeValue>? values, bool enveloped)
    {
        var scope = new ExpressionScope(ExpressionKind.Condition, enveloped);
        if (names is { Count: 0 })
        {
            throw scope.RequestError("ExpressionAttributeNames must not be empty");
        }

        if (values is { Count: 0 })
        {
            throw scope.RequestError("ExpressionAttributeValues must not be empty");
        }

        foreach (var key in names?.Keys ?? Enumerable.Empty<string>())
        {
            if (!IsPlaceholder(key, '#'))
            {
                throw scope.RequestError($"ExpressionAttributeNames contains invalid key: Syntax error; key: \"{key}\"");
            }
        }

        foreach (var (key, value) in values ?? Enumerable.Empty<KeyValuePair<string, AttributeValue>>())
        {
            if (!IsPlaceholder(key, ':'))
            {
                throw scope.RequestError($"ExpressionAttributeValues contains invalid key: Syntax error; key: \"{key}\"");
            }

            if (AttributeValueValidation.FirstProblem(value) is { } problem)
            {
                throw scope.RequestError($"ExpressionAttributeValues contains invalid value: {problem} for key {key}");
            }
        }

        return new ExpressionAttributes(names, values, enveloped);
    }

    /// <summary>The attribute name an element stands for; marks a placeholder as used.</summary>
    public string Name(NameElement element, ExpressionScope scope)
    {
        if (!element.IsPlaceholder)
        {
            return element.Text;
        }

        if (_names is null || !_names.TryGetValue(element.Text, out var name))
        {
            throw scope.Error($"An expression attribute name used in the document path is not defined; attribute name: {element.Text}");
        }

        _usedNames.Add(element.Text);
        return name;
    }

    /// <summary>The (private, canonical) value a placeholder stands for; marks it as used.</summary>
    public AttributeValue Value(string placeholder, ExpressionScope scope)
    {
        if (_values is null || !_values.TryGetValue(placeholder, out var value))
        {
            throw scope.Error($"An expression attribute value used in expression is not defined; attribute value: {placeholder}");
        }

        _usedValues.Add(placeholder);
        return value;
    }

    /// <summary>Checks every placeholder of a parsed condition is defined, marking all as used.</summary>
    public void Resolve(ConditionNode condition, ExpressionScope scope)
    {
        foreach (var name in AstWalker.Names(condition))
        {
            Name(name, scope);
        }

        foreach (var value in AstWalker.Values(condition))
        {
            Value(value, scope);
        }
    }

    /// <summary>After every expression of the request was parsed: defined but unused placeholders are errors.</summary>
    public void CheckAllUsed()
    {
        var scope = new ExpressionScope(ExpressionKind.Condition, _enveloped);
        var unusedNames = _names?.Keys.Where(k => !_usedNames.Contains(k)).ToList() ?? [];
        if (unusedNames.Count > 0)
        {
            throw scope.RequestError($"Value provided in ExpressionAttributeNames unused in expressions: keys: {{{string.Join(", ", unusedNames)}}}");
        }

        var unusedValues = _values?.Keys.Where(k => !_usedValues.Contains(k)).ToList() ?? [];
        if (unusedValues.Count > 0)
        {
            throw scope.RequestError($"Value provided in ExpressionAttributeValues unused in expressions: keys: {{{string.Join(", ", unusedValues)}}}");
        }
    }

    private static bool IsPlaceholder(string key, char marker) =>
        key.Length > 1 && key[0] == marker && key.Skip(1).All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
}
