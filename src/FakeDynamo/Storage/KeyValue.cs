using System.Text;
using Amazon.DynamoDBv2.Model;

namespace FakeDynamo.Storage;

/// <summary>
/// The value of a key attribute (S, N or B) with DynamoDB's ordering: N numeric, S by UTF-8 bytes, B by unsigned
/// bytes (data-plane §2.3, §5.3). Immutable.
/// </summary>
internal sealed class KeyValue : IComparable<KeyValue>, IEquatable<KeyValue>
{
    private readonly byte[]? _bytes;
    private readonly DynamoNumber _number;
    private readonly string? _text;
    private readonly ulong _stableHash;

    private KeyValue(char type, string? text, DynamoNumber number, byte[]? bytes)
    {
        Type = type;
        _text = text;
        _number = number;
        _bytes = bytes;
        _stableHash = ComputeStableHash();
    }

    /// <summary>'S', 'N' or 'B'.</summary>
    public char Type { get; }

    /// <summary>Size in bytes as counted for key size limits (UTF-8 bytes, decoded bytes, number storage).</summary>
    public int Size => Type switch
    {
        'S' => Encoding.UTF8.GetByteCount(_text!),
        'B' => _bytes!.Length,
        _ => _number.StorageSize,
    };

    /// <summary>Builds a key value from a stored (already validated, canonical) attribute value; null when not S/N/B.</summary>
    public static KeyValue? From(AttributeValue value)
    {
        if (value.S is not null)
        {
            return new KeyValue('S', value.S, default, null);
        }

        if (value.N is not null)
        {
            return new KeyValue('N', null, DynamoNumber.Parse(value.N), null);
        }

        if (value.B is not null)
        {
            return new KeyValue('B', null, default, value.B.ToArray());
        }

        return null;
    }

    /// <summary>A 64-bit FNV-1a hash (with a final mix) that is the same in every process: partition order and scan segments depend on it.</summary>
    public ulong StableHash() => _stableHash;

    // Computed once: partition ordering compares hashes on every store update and scan step.
    private ulong ComputeStableHash()
    {
        var hash = 14695981039346656037UL;
        void Mix(ReadOnlySpan<byte> data)
        {
            foreach (var b in data)
            {
                hash ^= b;
                hash *= 1099511628211UL;
            }
        }

        Mix([(byte)Type]);
        switch (Type)
        {
            case 'S':
                Mix(Encoding.UTF8.GetBytes(_text!));
                break;
            case 'B':
                Mix(_bytes);
                break;
            default:
                Mix(Encoding.ASCII.GetBytes(_number.ToString()));
                break;
        }

        // FNV's high bits are poorly mixed for short keys, and segments are ranges of the high bits: finish with
        // MurmurHash3's fmix64 so that keys spread over the whole range.
        hash ^= hash >> 33;
        hash *= 0xff51afd7ed558ccdUL;
        hash ^= hash >> 33;
        hash *= 0xc4ceb9fe1a85ec53UL;
        hash ^= hash >> 33;
        return hash;
    }

    public int CompareTo(KeyValue? other)
    {
        if (other is null)
        {
            return 1;
        }

        if (Type != other.Type)
        {
            return Type.CompareTo(other.Type);
        }

        return Type switch
        {
            'S' => CompareUtf8(_text!, other._text!),
            'B' => _bytes.AsSpan().SequenceCompareTo(other._bytes),
            _ => _number.CompareTo(other._number),
        };
    }

    public bool Equals(KeyValue? other) => other is not null && CompareTo(other) == 0;

    public override bool Equals(object? obj) => Equals(obj as KeyValue);

    public override int GetHashCode() => Type switch
    {
        'S' => HashCode.Combine('S', _text),
        'B' => HashCode.Combine('B', _bytes!.Length, _bytes.Length > 0 ? _bytes[0] : 0),
        _ => HashCode.Combine('N', _number),
    };

    /// <summary>begins_with on S (by characters) and B (by bytes); false for N or differing types.</summary>
    public bool StartsWith(KeyValue prefix) => Type == prefix.Type && Type switch
    {
        'S' => _text!.StartsWith(prefix._text!, StringComparison.Ordinal),
        'B' => _bytes.AsSpan().StartsWith(prefix._bytes),
        _ => false,
    };

    public AttributeValue ToAttributeValue() => Type switch
    {
        'S' => new AttributeValue { S = _text },
        'B' => new AttributeValue { B = new MemoryStream(_bytes!.ToArray()) },
        _ => new AttributeValue { N = _number.ToString() },
    };

    public override string ToString() => Type switch
    {
        'S' => _text!,
        'B' => Convert.ToBase64String(_bytes!),
        _ => _number.ToString(),
    };

    /// <summary>Ordinal comparison by UTF-8 bytes, which equals comparison by code points (not UTF-16 units).</summary>
    private static int CompareUtf8(string a, string b)
    {
        var i = 0;
        var j = 0;
        while (i < a.Length && j < b.Length)
        {
            Rune.DecodeFromUtf16(a.AsSpan(i), out var ra, out var na);
            Rune.DecodeFromUtf16(b.AsSpan(j), out var rb, out var nb);
            if (ra != rb)
            {
                return ra.Value.CompareTo(rb.Value);
            }

            i += na;
            j += nb;
        }

        return (a.Length - i).CompareTo(b.Length - j);
    }
}
