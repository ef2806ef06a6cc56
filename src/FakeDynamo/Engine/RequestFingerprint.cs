using System.Globalization;
using System.Text;
using Amazon.DynamoDBv2.Model;

namespace FakeDynamo.Engine;

/// <summary>
/// A canonical text of a TransactWriteItems request for ClientRequestToken comparison (data-plane §7.4): the service
/// compares parameters semantically — map member order does not matter [ISS localstack#6529] — so maps are rendered
/// with sorted keys and sets sorted; lists keep their order. The token itself is not part of it.
/// </summary>
internal static class RequestFingerprint
{
    public static string Of(TransactWriteItemsRequest request)
    {
        var text = new StringBuilder();
        text.Append("rcc=").Append(request.ReturnConsumedCapacity?.Value).Append(";icm=").Append(request.ReturnItemCollectionMetrics?.Value).Append(';');
        foreach (var e in request.TransactItems)
        {
            if (e.Put is { } p)
            {
                Action(text, "put", p.TableName, p.Item, p.ConditionExpression, null, p.ExpressionAttributeNames, p.ExpressionAttributeValues, p.ReturnValuesOnConditionCheckFailure?.Value);
            }
            else if (e.Delete is { } d)
            {
                Action(text, "delete", d.TableName, d.Key, d.ConditionExpression, null, d.ExpressionAttributeNames, d.ExpressionAttributeValues, d.ReturnValuesOnConditionCheckFailure?.Value);
            }
            else if (e.ConditionCheck is { } c)
            {
                Action(text, "check", c.TableName, c.Key, c.ConditionExpression, null, c.ExpressionAttributeNames, c.ExpressionAttributeValues, c.ReturnValuesOnConditionCheckFailure?.Value);
            }
            else
            {
                var u = e.Update;
                Action(text, "update", u.TableName, u.Key, u.ConditionExpression, u.UpdateExpression, u.ExpressionAttributeNames, u.ExpressionAttributeValues, u.ReturnValuesOnConditionCheckFailure?.Value);
            }
        }

        return text.ToString();
    }

    private static void Action(
        StringBuilder text, string kind, string table, Dictionary<string, AttributeValue> map, string? condition, string? update,
        Dictionary<string, string>? names, Dictionary<string, AttributeValue>? values, string? onFailure)
    {
        text.Append('[').Append(kind).Append('|').Append(table).Append('|');
        Map(text, map);
        text.Append('|').Append(condition).Append('|').Append(update).Append('|');
        foreach (var (k, v) in (names ?? []).OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            text.Append(k).Append('=').Append(v).Append(',');
        }

        text.Append('|');
        Map(text, values);
        text.Append('|').Append(onFailure).Append(']');
    }

    private static void Map(StringBuilder text, Dictionary<string, AttributeValue>? map)
    {
        if (map is null)
        {
            text.Append("null");
            return;
        }

        text.Append('{');
        foreach (var (name, value) in map.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            text.Append(name.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(name).Append('=');
            Value(text, value);
            text.Append(',');
        }

        text.Append('}');
    }

    private static void Value(StringBuilder text, AttributeValue v)
    {
        static string Quote(string s) => s.Length.ToString(CultureInfo.InvariantCulture) + ":" + s;
        static IEnumerable<string> Sorted(IEnumerable<string> set) => set.Order(StringComparer.Ordinal).Select(Quote);
        var scalar = v.S is not null ? "S" + Quote(v.S)
            : v.N is not null ? "N" + Quote(v.N)
            : v.B is not null ? "B" + Quote(Convert.ToBase64String(v.B.ToArray()))
            : v.SS is { Count: > 0 } ? "SS(" + string.Join(',', Sorted(v.SS)) + ")"
            : v.NS is { Count: > 0 } ? "NS(" + string.Join(',', Sorted(v.NS)) + ")"
            : v.BS is { Count: > 0 } ? "BS(" + string.Join(',', Sorted(v.BS.Select(b => Convert.ToBase64String(b.ToArray())))) + ")"
            : null;
        if (scalar is not null)
        {
            text.Append(scalar);
        }
        else if (v.M is not null) { text.Append('M'); Map(text, v.M); }
        else if (v.L is not null)
        {
            text.Append("L(");
            foreach (var item in v.L)
            {
                Value(text, item);
                text.Append(',');
            }

            text.Append(')');
        }
        else
        {
            text.Append(v.NULL == true ? "NULL" : v.BOOL == true ? "BOOL1" : "BOOL0");
        }
    }
}
