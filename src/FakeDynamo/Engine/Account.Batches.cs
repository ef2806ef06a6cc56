using FakeDynamo.Storage;

namespace FakeDynamo.Engine;

/// <summary>Batch writes: each write is atomic on its own, the batch is not isolated as a unit (data-plane §6.2).</summary>
internal sealed partial class Account
{
    /// <summary>
    /// Applies already validated writes (a null item deletes), table by table, each table's writes under its store's
    /// write gate and through its changelog.
    /// </summary>
    public void WriteBatch(IReadOnlyList<(Table Table, PrimaryKey Key, Item? Item)> writes)
    {
        foreach (var group in writes.GroupBy(w => w.Table))
        {
            var store = group.Key.Store;
            lock (store.WriteGate)
            {
                var state = store.Current;
                var effective = group
                    .Where(w => w.Item is not null || state.Get(w.Key) is not null)
                    .Select(w => (w.Key, w.Item))
                    .ToList();
                if (effective.Count > 0)
                {
                    store.Commit(effective, Now);
                }
            }

            AfterCommit(group.Key); // history retention, outside the store's write gate
        }
    }
}
