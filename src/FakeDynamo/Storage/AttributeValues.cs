using System.Text;
using Amazon.DynamoDBv2.Model;

namespace FakeDynamo.Storage;

/// <summary>
/// Helpers over the SDK's <see cref="AttributeValue"/>: a member counts as set iff it is non-null, as on the wire
/// (data-plane §9). Stored values are deep copies with numbers in canonical form and are never handed out.
/// </summary>
internal static class AttributeValues
{
    /// <summary>The number of data types set on <paramref name="value"/>.</summary>
    public static int TypeCount(AttributeValue value)
    {
        var count = 0;
        if (value.S is not null) count++;
        if (value.N is not null) count++;
        if (value.B is not null) count++;
        if (value.BOOL is not null) count++;
        if (value.NULL is not null) count++;
        if (value.SS is not null) count++;
        if (value.NS is not null) count++;
        if (value.BS is not null) count++;
        if (value.L is not null) count++;
        if (value.M is not null) count++;
        return count;
    }

    /// <summary>The wire name of the value's type (S, N, B, BOOL, NULL, SS, NS, BS, L, M).</summary>
    public static string TypeOf(AttributeValue value) =>
        value.S is not null ? "S"
        : value.N is not null ? "N"
        : value.B is not null ? "B"
        : value.BOOL is not null ? "BOOL"
        : value.NULL is not null ? "NULL"
        : value.SS is not null ? "SS"
        : value.NS is not null ? "NS"
        : value.BS is not null ? "BS"
        : value.L is not null ? "L"
        : value.M is not null ? "M"
        : "?";

    /// <summary>A deep copy; numbers (also in NS, L and M) are put in canonical form.</summary>
    public static AttributeValue Clone(AttributeValue value)
    {
        if (value.S is not null) return new AttributeValue { S = value.S };
        if (value.N is not null) return new AttributeValue { N = Canonical(value.N) };
        if (value.B is not null) return new AttributeValue { B = CopyStream(value.B) };
        if (value.BOOL is not null) return new AttributeValue { BOOL = value.BOOL };
        if (value.NULL is not null) return new AttributeValue { NULL = value.NULL };
        if (value.SS is not null) return new AttributeValue { SS = [.. value.SS] };
        if (value.NS is not null) return new AttributeValue { NS = value.NS.Select(Canonical).ToList() };
        if (value.BS is not null) return new AttributeValue { BS = value.BS.Select(CopyStream).ToList() };
        if (value.L is not null) return new AttributeValue { L = value.L.Select(Clone).ToList() };
        if (value.M is not null) return new AttributeValue { M = CloneMap(value.M) };
        return new AttributeValue();
    }

    public static Dictionary<string, AttributeValue> CloneMap(IReadOnlyDictionary<string, AttributeValue> map)
    {
        var copy = new Dictionary<string, AttributeValue>(map.Count, StringComparer.Ordinal);
        foreach (var (name, value) in map)
        {
            copy[name] = Clone(value);
        }

        return copy;
    }

    public static Dictionary<string, AttributeValue> CloneMap(Dictionary<string, AttributeValue> map) =>
        CloneMap((IReadOnlyDictionary<string, AttributeValue>)map);

    /// <summary>Bytes of a value by DynamoDB's item size rules (data-plane §2.6).</summary>
    public static long Size(AttributeValue value)
    {
        if (value.S is not null) return Encoding.UTF8.GetByteCount(value.S);
        if (value.N is not null) return DynamoNumber.Parse(value.N).StorageSize;
        if (value.B is not null) return value.B.Length;
        if (value.BOOL is not null || value.NULL is not null) return 1;
        if (value.SS is not null) return value.SS.Sum(s => (long)Encoding.UTF8.GetByteCount(s));
        if (value.NS is not null) return value.NS.Sum(n => (long)DynamoNumber.Parse(n).StorageSize);
        if (value.BS is not null) return value.BS.Sum(b => b.Length);
        if (value.L is not null) return 3 + value.L.Sum(v => 1 + Size(v));
        if (value.M is not null) return 3 + value.M.Sum(kv => 1 + Encoding.UTF8.GetByteCount(kv.Key) + Size(kv.Value));
        return 0;
    }

    /// <summary>Bytes of an item: Σ (UTF-8 name bytes + value size) (data-plane §2.6).</summary>
    public static long ItemSize(IReadOnlyDictionary<string, AttributeValue> item) =>
        item.Sum(kv => Encoding.UTF8.GetByteCount(kv.Key) + Size(kv.Value));

    /// <summary>Structural equality with numeric comparison of numbers and set semantics for sets.</summary>
    public static bool AreEqual(AttributeValue a, AttributeValue b)
    {
        var type = TypeOf(a);
        if (type != TypeOf(b))
        {
            return false;
        }

        return type switch
        {
            "S" => a.S == b.S,
            "N" => DynamoNumber.Parse(a.N).Equals(DynamoNumber.Parse(b.N)),
            "B" => a.B.ToArray().AsSpan().SequenceEqual(b.B.ToArray()),
            "BOOL" => a.BOOL == b.BOOL,
            "NULL" => a.NULL == b.NULL,
            "SS" => a.SS.ToHashSet(StringComparer.Ordinal).SetEquals(b.SS),
            "NS" => a.NS.Select(DynamoNumber.Parse).ToHashSet().SetEquals(b.NS.Select(DynamoNumber.Parse)),
            "BS" => a.BS.Select(s => Convert.ToBase64String(s.ToArray())).ToHashSet().SetEquals(b.BS.Select(s => Convert.ToBase64String(s.ToArray()))),
            "L" => a.L.Count == b.L.Count && a.L.Zip(b.L).All(p => AreEqual(p.First, p.Second)),
            "M" => a.M.Count == b.M.Count && a.M.All(kv => b.M.TryGetValue(kv.Key, out var other) && AreEqual(kv.Value, other)),
            _ => false,
        };
    }

    private static string Canonical(string number) =>
        DynamoNumber.TryParse(number, out var parsed, out _) ? parsed.ToString() : number;

    private static MemoryStream CopyStream(MemoryStream stream) => new(stream.ToArray());
}
