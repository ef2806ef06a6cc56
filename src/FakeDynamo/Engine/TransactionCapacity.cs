using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace FakeDynamo.Engine;

/// <summary>
/// ConsumedCapacity of transactions (data-plane §4.7, §7.6): a list with one entry per table, in order of first
/// appearance in the request, named as the request first named it; every item costs twice its non-transactional
/// units (prepare + commit). Top-level Read/WriteCapacityUnits are not filled (not pinned down, §10.10; decision).
/// </summary>
internal static class TransactionCapacity
{
    /// <summary>Sums per-item reports (each already in single-item shape) per table and doubles them.</summary>
    public static List<ConsumedCapacity>? PerTable(ReturnConsumedCapacity? mode, IEnumerable<(Table Table, string SentName, ConsumedCapacity? Part)> parts)
    {
        if (mode is null || mode.Value is not ("TOTAL" or "INDEXES"))
        {
            return null;
        }

        return parts.GroupBy(p => p.Table)
            .Select(g => Doubled(CapacityUnits.Sum(mode, g.First().SentName, g.Select(p => p.Part))!))
            .ToList();
    }

    private static ConsumedCapacity Doubled(ConsumedCapacity c)
    {
        static Dictionary<string, Capacity>? Twice(Dictionary<string, Capacity>? map) =>
            map?.ToDictionary(kv => kv.Key, kv => new Capacity { CapacityUnits = kv.Value.CapacityUnits * 2 });

        c.CapacityUnits *= 2;
        if (c.Table is not null)
        {
            c.Table.CapacityUnits *= 2;
        }

        c.GlobalSecondaryIndexes = Twice(c.GlobalSecondaryIndexes);
        c.LocalSecondaryIndexes = Twice(c.LocalSecondaryIndexes);
        return c;
    }
}
