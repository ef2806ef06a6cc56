using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using FakeDynamo.Storage;

namespace FakeDynamo.Engine;

/// <summary>
/// Capacity units by DynamoDB's rules (data-plane §4.7; DG CapacityUnitCalculations) and the ConsumedCapacity shapes
/// of TOTAL and INDEXES. Reads: ceil(bytes / 4 KB), halved when eventually consistent, at least one unit. Writes:
/// ceil(max(old, new) / 1 KB), at least one unit.
/// </summary>
internal static class CapacityUnits
{
    private const double ReadUnitBytes = 4096;
    private const double WriteUnitBytes = 1024;

    public static double ReadUnits(long bytes, bool consistent) =>
        Math.Max(1, Math.Ceiling(bytes / ReadUnitBytes)) * (consistent ? 1 : 0.5);

    public static double WriteUnits(Item? old, Item? updated) =>
        Math.Max(1, Math.Ceiling(Math.Max(old?.Size ?? 0, updated?.Size ?? 0) / WriteUnitBytes));

    /// <summary>A read's report: never any index entries on table reads (data-plane §4.7).</summary>
    public static ConsumedCapacity? Read(ReturnConsumedCapacity? mode, string tableName, double units) =>
        Report(mode, tableName, units, [], []);

    /// <summary>
    /// A single-item write's report. With INDEXES, each index whose entry the write adds, changes or removes (the
    /// old or new item has the index key attributes) is charged as the table is — the item's full size stands in for
    /// the projected size (decision, docs/expressions.md).
    /// </summary>
    public static ConsumedCapacity? Write(ReturnConsumedCapacity? mode, string tableName, TableSchema schema, Item? old, Item? updated)
    {
        if (mode is null || mode.Value is not ("TOTAL" or "INDEXES"))
        {
            return null;
        }

        var units = WriteUnits(old, updated);
        var touched = schema.Indexes.Where(i => InIndex(i, old) || InIndex(i, updated)).ToList();
        return Report(mode, tableName, units,
            touched.Where(i => i.IsGlobal).ToDictionary(i => i.Name, _ => units),
            touched.Where(i => !i.IsGlobal).ToDictionary(i => i.Name, _ => units));
    }

    /// <summary>Several reports of one table (batches) summed into one.</summary>
    public static ConsumedCapacity? Sum(ReturnConsumedCapacity? mode, string tableName, IEnumerable<ConsumedCapacity?> parts)
    {
        var list = parts.OfType<ConsumedCapacity>().ToList();
        if (mode is null || mode.Value is not ("TOTAL" or "INDEXES"))
        {
            return null;
        }

        static Dictionary<string, double> Merge(IEnumerable<Dictionary<string, Capacity>?> maps) =>
            maps.OfType<Dictionary<string, Capacity>>().SelectMany(m => m)
                .GroupBy(kv => kv.Key).ToDictionary(g => g.Key, g => g.Sum(kv => kv.Value.CapacityUnits ?? 0));

        return Report(mode, tableName, list.Sum(c => c.Table?.CapacityUnits ?? c.CapacityUnits ?? 0),
            Merge(list.Select(c => c.GlobalSecondaryIndexes)), Merge(list.Select(c => c.LocalSecondaryIndexes)));
    }

    private static ConsumedCapacity? Report(ReturnConsumedCapacity? mode, string tableName, double tableUnits, Dictionary<string, double> global, Dictionary<string, double> local)
    {
        if (mode is null || mode.Value is not ("TOTAL" or "INDEXES"))
        {
            return null;
        }

        var total = tableUnits + global.Values.Sum() + local.Values.Sum();
        if (mode == ReturnConsumedCapacity.TOTAL)
        {
            return new ConsumedCapacity { TableName = tableName, CapacityUnits = total };
        }

        return new ConsumedCapacity
        {
            TableName = tableName,
            CapacityUnits = total,
            Table = new Capacity { CapacityUnits = tableUnits },
            GlobalSecondaryIndexes = global.Count == 0 ? null : global.ToDictionary(kv => kv.Key, kv => new Capacity { CapacityUnits = kv.Value }),
            LocalSecondaryIndexes = local.Count == 0 ? null : local.ToDictionary(kv => kv.Key, kv => new Capacity { CapacityUnits = kv.Value }),
        };
    }

    private static bool InIndex(IndexDefinition index, Item? item) =>
        item is not null && item[index.PartitionKey.Name] is not null && (index.SortKey is null || item[index.SortKey.Name] is not null);
}
