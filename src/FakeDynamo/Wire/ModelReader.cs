using System.Collections;
using System.Text.Json;
using Amazon.Runtime;
using FakeDynamo.Errors;

namespace FakeDynamo.Wire;

/// <summary>
/// Reads a JSON 1.0 body into an SDK model object, as the service's deserializer does: unknown members are ignored,
/// <c>null</c> means absent, a member of the wrong JSON type is a SerializationException. Enum strings are kept
/// exactly as sent (the service is case-sensitive, so <c>"count"</c> must reach validation as <c>count</c>).
/// </summary>
internal static class ModelReader
{
    public static object Read(JsonElement json, ModelShape shape) => ReadValue(json, shape)!;

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
            WireKind.Integer => (int)Math.Clamp(Math.Floor(Number(json, "Integer")), int.MinValue, int.MaxValue),
            WireKind.Long => (long)Math.Clamp(Math.Floor(Number(json, "Long")), long.MinValue, long.MaxValue),
            WireKind.Double => Number(json, "Double"),
            WireKind.Boolean => ReadBoolean(json),
            WireKind.Timestamp => DateTime.UnixEpoch.AddMilliseconds(Math.Round(Number(json, "Date") * 1000)),
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
            list.Add(ReadValue(element, shape.Element!));
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
            map[property.Name] = ReadValue(property.Value, shape.Element!);
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

    private static byte[] ReadBase64(string text)
    {
        if (text.Length % 4 != 0)
        {
            throw DynamoErrors.InvalidBase64(text);
        }

        foreach (var c in text)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '+' or '/' or '='))
            {
                throw DynamoErrors.InvalidBase64Character(text, c);
            }
        }

        try
        {
            return Convert.FromBase64String(text);
        }
        catch (FormatException)
        {
            throw DynamoErrors.InvalidBase64(text);
        }
    }
}
