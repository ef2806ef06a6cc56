using System.Collections;
using System.Text.Json;
using Amazon.Runtime;

namespace FakeDynamo.Wire;

/// <summary>
/// Writes an SDK model object as the service encodes it in JSON 1.0: absent (null) members are omitted, empty lists and
/// maps are written (the SDK turns them back into empty collections), timestamps are epoch seconds with millisecond
/// precision, blobs are base64, enums are their wire text.
/// </summary>
internal static class ModelWriter
{
    public static void WriteMembers(Utf8JsonWriter writer, object value, ModelShape shape)
    {
        foreach (var member in shape.OrderedMembers)
        {
            if (member.Get(value) is { } memberValue)
            {
                writer.WritePropertyName(member.Name);
                Write(writer, memberValue, member.Shape);
            }
        }
    }

    public static void Write(Utf8JsonWriter writer, object value, ModelShape shape)
    {
        switch (shape.Kind)
        {
            case WireKind.String:
                writer.WriteStringValue((string)value);
                break;
            case WireKind.Constant:
                writer.WriteStringValue(((ConstantClass)value).Value);
                break;
            case WireKind.Integer:
                writer.WriteNumberValue((int)value);
                break;
            case WireKind.Long:
                writer.WriteNumberValue((long)value);
                break;
            case WireKind.Double:
                writer.WriteNumberValue((double)value);
                break;
            case WireKind.Boolean:
                writer.WriteBooleanValue((bool)value);
                break;
            case WireKind.Timestamp:
                writer.WriteNumberValue(EpochSeconds((DateTime)value));
                break;
            case WireKind.Blob:
                writer.WriteBase64StringValue(((MemoryStream)value).ToArray());
                break;
            case WireKind.List:
                writer.WriteStartArray();
                foreach (var element in (IList)value)
                {
                    WriteElement(writer, element, shape.Element!);
                }

                writer.WriteEndArray();
                break;
            case WireKind.Map:
                writer.WriteStartObject();
                foreach (DictionaryEntry entry in (IDictionary)value)
                {
                    writer.WritePropertyName((string)entry.Key);
                    WriteElement(writer, entry.Value, shape.Element!);
                }

                writer.WriteEndObject();
                break;
            default:
                writer.WriteStartObject();
                WriteMembers(writer, value, shape);
                writer.WriteEndObject();
                break;
        }
    }

    private static void WriteElement(Utf8JsonWriter writer, object? element, ModelShape shape)
    {
        if (element is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            Write(writer, element, shape);
        }
    }

    /// <summary>
    /// Epoch seconds with millisecond precision, like the service's <c>1.507581893913E9</c>. The fake's timestamps
    /// are the SDK's own deserialization of such values (100 ns short for fractions), so rounding to the millisecond
    /// gives back exactly what the service sent.
    /// </summary>
    private static decimal EpochSeconds(DateTime value)
    {
        var utc = value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : value;
        var milliseconds = Math.Round((utc.Ticks - DateTime.UnixEpoch.Ticks) / (decimal)TimeSpan.TicksPerMillisecond);
        return milliseconds / 1000m;
    }
}
