using FakeDynamo.Storage;

namespace FakeDynamo.Engine;

/// <summary>Transactions: one consistent cut over several tables, and atomic multi-table commits (data-plane §7.5, §7.6).</summary>
internal sealed partial class Account
{
    /// <summary>
    /// The current version of every table, all taken at one instant: the tables' write gates are held together (in
    /// ARN order, so that any other multi-table locker using the same order cannot deadlock) while the versions are
    /// read, so no write to any of them lands between two reads. Readers of single tables never take these gates.
    /// </summary>
    public static IReadOnlyDictionary<Table, StoreState> ConsistentCut(IEnumerable<Table> tables) =>
        UnderGates(tables.Distinct().OrderBy(t => t.Arn, StringComparer.Ordinal).ToList(), cut => cut);

    /// <summary>
    /// TransactWriteItems' commit (data-plane §7.3, §7.6): under the write gates of every table (same ARN order as
    /// <see cref="ConsistentCut"/>), <paramref name="decide"/> sees one consistent state of all tables and returns the
    /// writes (or throws to cancel, writing nothing); each table's writes are then committed in one
    /// <see cref="ItemStore.Commit(IReadOnlyList{ValueTuple{PrimaryKey, Item}}, DateTimeOffset)"/> with one timestamp,
    /// so readers, backups and point-in-time restores see all of the transaction or none of it.
    /// </summary>
    public void CommitTransaction(IEnumerable<Table> tables, Func<IReadOnlyDictionary<Table, StoreState>, IReadOnlyList<(Table Table, PrimaryKey Key, Item? Item)>> decide)
    {
        var ordered = tables.Distinct().OrderBy(t => t.Arn, StringComparer.Ordinal).ToList();
        UnderGates(ordered, cut =>
        {
            var writes = decide(cut);
            var now = Now;
            foreach (var group in writes.GroupBy(w => w.Table))
            {
                group.Key.Store.Commit(group.Select(w => (w.Key, w.Item)).ToList(), now);
            }

            return cut;
        });

        foreach (var table in ordered)
        {
            AfterCommit(table); // history retention, outside the write gates
        }
    }

    private static T UnderGates<T>(List<Table> ordered, Func<IReadOnlyDictionary<Table, StoreState>, T> body)
    {
        var taken = 0;
        try
        {
            foreach (var table in ordered)
            {
                Monitor.Enter(table.Store.WriteGate);
                taken++;
            }

            return body(ordered.ToDictionary(t => t, t => t.Store.Current));
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
