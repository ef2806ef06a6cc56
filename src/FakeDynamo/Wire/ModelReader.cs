using System.Collections;
using System.Text.Json;
using Amazon.Runtime;
using FakeDynamo.Errors;

namespace FakeDynamo.Wire;

/// <summary>
/// Reads a JSON 1.0 body into an SDK model object, as the service's deserializer does: unknown members are ignored,
/// a <c>null</c> member means absent (a <c>null</c> inside a list or map is refused), a member of the wrong JSON type
/// is a SerializationException. Enum strings are kept
/// exactly as sent (the service is case-sensitive, so <c>"count"</c> must reach validation as <c>count</c>).
/// </summary>
internal static class ModelReader
{
    /// <summary>Reads a whole request; a JSON <c>null</c> body is an empty request.</summary>
    public static object Read(JsonElement json, ModelShape shape) => ReadValue(json, shape) ?? shape.Create!();

    private static object? ReadValue(JsonElement json, ModelShape shape)
    {
        if (json.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return shape.Kind switch
        {
            WireKind.String => Text(json, "String"),
            WireKind.Constant => ReadConstant(Text(json, "String"), shape),
            WireKind.Integer => (int)Integral(json, "Integer", "int", int.MinValue, int.MaxValue),
            WireKind.Long => Integral(json, "Long", "long", long.MinValue, long.MaxValue),
            WireKind.Double => Number(json, "Double"),
            WireKind.Boolean => ReadBoolean(json),
            WireKind.Timestamp => ReadTimestamp(json),
            WireKind.Blob => new MemoryStream(ReadBase64(Text(json, "Blob"))),
            WireKind.List => ReadList(json, shape),
            WireKind.Map => ReadMap(json, shape),
            _ => ReadStructure(json, shape),
        };
    }

    private static object ReadStructure(JsonElement json, ModelShape shape)
    {
        if (json.ValueKind != JsonValueKind.Object)
        {
            throw json.ValueKind == JsonValueKind.Array ? DynamoErrors.ListNotExpected() : DynamoErrors.ExpectedStructure();
        }

        var target = shape.Create!();
        foreach (var property in json.EnumerateObject())
        {
            if (shape.Members.TryGetValue(property.Name, out var member) &&
                ReadValue(property.Value, member.Shape) is { } value)
            {
                member.Set(target, value);
            }
        }

        return target;
    }

    private static object ReadList(JsonElement json, ModelShape shape)
    {
        if (json.ValueKind != JsonValueKind.Array)
        {
            throw json.ValueKind == JsonValueKind.Object ? DynamoErrors.StructureNotExpected() : DynamoErrors.ExpectedList();
        }

        var list = (IList)shape.Create!();
        foreach (var element in json.EnumerateArray())
        {
            list.Add(ReadValue(element, shape.Element!) ?? throw DynamoErrors.NullInCollection());
        }

        return list;
    }

    private static object ReadMap(JsonElement json, ModelShape shape)
    {
        if (json.ValueKind != JsonValueKind.Object)
        {
            throw json.ValueKind == JsonValueKind.Array ? DynamoErrors.ListNotExpected() : DynamoErrors.ExpectedMap();
        }

        var map = (IDictionary)shape.Create!();
        foreach (var property in json.EnumerateObject())
        {
            map[property.Name] = ReadValue(property.Value, shape.Element!) ?? throw DynamoErrors.NullInCollection();
        }

        return map;
    }

    private static string Text(JsonElement json, string type) => json.ValueKind switch
    {
        JsonValueKind.String => json.GetString()!,
        JsonValueKind.Object => throw DynamoErrors.StructureNotExpected(),
        JsonValueKind.Array => throw DynamoErrors.ListNotExpected(),
        _ => throw DynamoErrors.CannotConvert(TokenName(json), type),
    };

    private static double Number(JsonElement json, string type) => json.ValueKind switch
    {
        JsonValueKind.Number => json.GetDouble(),
        JsonValueKind.Object => throw DynamoErrors.StructureNotExpected(),
        JsonValueKind.Array => throw DynamoErrors.ListNotExpected(),
        _ => throw DynamoErrors.CannotConvert(TokenName(json), type),
    };

    /// <summary>
    /// An integral member: exact when the text is an integer in range (longs beyond 2^53 included), floored when it
    /// has a fraction or exponent [DYN], refused when out of range.
    /// </summary>
    private static long Integral(JsonElement json, string type, string javaType, long min, long max)
    {
        var number = Number(json, type);
        if (json.TryGetInt64(out var exact) && exact >= min && exact <= max)
        {
            return exact;
        }

        var floored = Math.Floor(number);
        if (floored < min || floored > max)
        {
            throw DynamoErrors.NumberOutOfRange(json.GetRawText(), javaType);
        }

        return (long)floored;
    }

    private static DateTime ReadTimestamp(JsonElement json)
    {
        var milliseconds = Math.Round(Number(json, "Date") * 1000);
        var min = (DateTime.MinValue - DateTime.UnixEpoch).TotalMilliseconds;
        var max = (DateTime.MaxValue - DateTime.UnixEpoch).TotalMilliseconds;
        if (milliseconds < min || milliseconds > max)
        {
            throw DynamoErrors.CannotConvert("NUMBER_VALUE", "Date");
        }

        return DateTime.UnixEpoch.AddMilliseconds(milliseconds);
    }

    private static bool ReadBoolean(JsonElement json) => json.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Object => throw DynamoErrors.StructureNotExpected(),
        JsonValueKind.Array => throw DynamoErrors.ListNotExpected(),
        _ => throw DynamoErrors.CannotConvert(TokenName(json), "Boolean"),
    };

    private static string TokenName(JsonElement json) => json.ValueKind switch
    {
        JsonValueKind.Number => "NUMBER_VALUE",
        JsonValueKind.String => "STRING_VALUE",
        JsonValueKind.True => "TRUE_VALUE",
        _ => "FALSE_VALUE",
    };

    /// <summary>The SDK's shared instance when the text is exactly a known value, else a new instance keeping the text.</summary>
    private static ConstantClass ReadConstant(string text, ModelShape shape)
    {
        if (shape.FindConstant?.Invoke(text) is { } known && string.Equals(known.Value, text, StringComparison.Ordinal))
        {
            return known;
        }

        return (ConstantClass)Activator.CreateInstance(shape.Type, text)!;
    }

    /// <summary>Strict base64, checked in dynalite's order (its texts were taken from the live service).</summary>
    private static byte[] ReadBase64(string text)
    {
        if (text.Length % 4 != 0)
        {
            throw DynamoErrors.InvalidBase64(text);
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var misplacedPad = c == '=' && i + 1 < text.Length && text[i + 1] != '=';
            if (!(char.IsAsciiLetterOrDigit(c) || c is '+' or '/' or '=') || misplacedPad)
            {
                throw DynamoErrors.InvalidBase64Character(text, c);
            }
        }

        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(text);
        }
        catch (FormatException)
        {
            throw DynamoErrors.NonCanonicalBase64(text);
        }

        // "AB==" decodes, but its last character carries bits that are dropped: the service refuses it.
        if (!string.Equals(Convert.ToBase64String(bytes), text, StringComparison.Ordinal))
        {
            throw DynamoErrors.NonCanonicalBase64(text);
        }

        return bytes;
    }
}
