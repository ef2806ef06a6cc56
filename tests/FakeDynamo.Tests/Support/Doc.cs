using System.Text;
using System.Text.Json;

namespace FakeDynamo.Tests.Support;

/// <summary>
/// Compact item notation for table-driven tests: plain JSON where numbers are N, strings S, arrays L, objects M,
/// booleans BOOL, null NULL, and <c>{"$SS":[…]}</c> / <c>{"$NS":[…]}</c> are sets. Numbers keep their text.
/// </summary>
internal static class Doc
{
    public static Dictionary<string, AttributeValue> Map(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => Value(p.Value));
    }

    public static AttributeValue Value(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Number => new AttributeValue { N = element.GetRawText() },
        JsonValueKind.String => new AttributeValue { S = element.GetString() },
        JsonValueKind.True or JsonValueKind.False => new AttributeValue { BOOL = element.GetBoolean() },
        JsonValueKind.Null => new AttributeValue { NULL = true },
        JsonValueKind.Array => new AttributeValue { L = element.EnumerateArray().Select(Value).ToList() },
        _ when element.TryGetProperty("$SS", out var ss) => new AttributeValue { SS = ss.EnumerateArray().Select(e => e.GetString()!).ToList() },
        _ when element.TryGetProperty("$NS", out var ns) => new AttributeValue { NS = ns.EnumerateArray().Select(e => e.GetRawText()).ToList() },
        _ => new AttributeValue { M = element.EnumerateObject().ToDictionary(p => p.Name, p => Value(p.Value)) },
    };

    /// <summary>Renders back to the notation, keys sorted, sets sorted, no whitespace.</summary>
    public static string Render(IReadOnlyDictionary<string, AttributeValue>? map) =>
        map is null ? "null" : "{" + string.Join(",", map.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"\"{kv.Key}\":{Render(kv.Value)}")) + "}";

    public static string Render(AttributeValue value) =>
        value.N is not null ? value.N
        : value.S is not null ? JsonSerializer.Serialize(value.S)
        : value.BOOL is not null ? (value.BOOL.Value ? "true" : "false")
        : value.NULL is not null ? "null"
        : value.SS is not null ? "{\"$SS\":[" + string.Join(",", value.SS.Order(StringComparer.Ordinal).Select(s => JsonSerializer.Serialize(s))) + "]}"
        : value.NS is not null ? "{\"$NS\":[" + string.Join(",", value.NS.OrderBy(decimal.Parse)) + "]}"
        : value.L is not null ? "[" + string.Join(",", value.L.Select(Render)) + "]"
        : value.M is not null ? Render(value.M)
        : Encoding.UTF8.GetString(value.B.ToArray());
}
