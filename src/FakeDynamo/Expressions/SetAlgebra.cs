using Amazon.DynamoDBv2.Model;
using FakeDynamo.Storage;

namespace FakeDynamo.Expressions;

/// <summary>Union and difference of SS/NS/BS values (ADD, DELETE, legacy AttributeUpdates); NS compares numerically.</summary>
internal static class SetAlgebra
{
    /// <summary>The union, or null when the two values are not sets of the same type.</summary>
    public static AttributeValue? Union(AttributeValue set, AttributeValue other) => Combine(set, other, keepShared: true);

    /// <summary>The elements of <paramref name="set"/> not in <paramref name="other"/>; null on a type mismatch.</summary>
    public static AttributeValue? Difference(AttributeValue set, AttributeValue other) => Combine(set, other, keepShared: false);

    public static int Count(AttributeValue set) => set.SS?.Count ?? set.NS?.Count ?? set.BS?.Count ?? 0;

    private static AttributeValue? Combine(AttributeValue set, AttributeValue other, bool keepShared)
    {
        if (set.SS is not null && other.SS is not null)
        {
            return new AttributeValue { SS = Merge(set.SS, other.SS, (a, b) => a == b, keepShared) };
        }

        if (set.NS is not null && other.NS is not null)
        {
            return new AttributeValue { NS = Merge(set.NS, other.NS, (a, b) => DynamoNumber.Parse(a).Equals(DynamoNumber.Parse(b)), keepShared) };
        }

        if (set.BS is not null && other.BS is not null)
        {
            var merged = Merge(set.BS.Select(b => b.ToArray()).ToList(), other.BS.Select(b => b.ToArray()).ToList(), (a, b) => a.AsSpan().SequenceEqual(b), keepShared);
            return new AttributeValue { BS = merged.Select(b => new MemoryStream(b)).ToList() };
        }

        return null;
    }

    private static List<T> Merge<T>(List<T> set, List<T> other, Func<T, T, bool> equal, bool union)
    {
        if (union)
        {
            var result = new List<T>(set);
            result.AddRange(other.Where(o => !result.Any(r => equal(r, o))));
            return result;
        }

        return set.Where(s => !other.Any(o => equal(s, o))).ToList();
    }
}
