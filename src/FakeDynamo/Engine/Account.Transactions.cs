using FakeDynamo.Storage;

namespace FakeDynamo.Engine;

/// <summary>Transactions: one consistent cut over several tables (data-plane §7.5, §7.6).</summary>
internal sealed partial class Account
{
    /// <summary>
    /// The current version of every table, all taken at one instant: the tables' write gates are held together (in
    /// ARN order, so that any other multi-table locker using the same order cannot deadlock) while the versions are
    /// read, so no write to any of them lands between two reads. Readers of single tables never take these gates.
    /// </summary>
    public static IReadOnlyDictionary<Table, StoreState> ConsistentCut(IEnumerable<Table> tables)
    {
        var ordered = tables.Distinct().OrderBy(t => t.Arn, StringComparer.Ordinal).ToList();
        var taken = 0;
        try
        {
            foreach (var table in ordered)
            {
                Monitor.Enter(table.Store.WriteGate);
                taken++;
            }

            return ordered.ToDictionary(t => t, t => t.Store.Current);
        }
        finally
        {
            for (var i = taken - 1; i >= 0; i--)
            {
                Monitor.Exit(ordered[i].Store.WriteGate);
            }
        }
    }
}
