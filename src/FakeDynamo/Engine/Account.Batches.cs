using FakeDynamo.Storage;

namespace FakeDynamo.Engine;

/// <summary>Batch writes: each write is atomic on its own, the batch is not isolated as a unit (data-plane §6.2).</summary>
internal sealed partial class Account
{
    /// <summary>
    /// Applies already validated writes (a null item deletes), table by table, each table's writes under its store's
    /// write gate and through its changelog. Returns the previous item of each write, in the writes' order.
    /// </summary>
    public IReadOnlyList<Item?> WriteBatch(IReadOnlyList<(Table Table, PrimaryKey Key, Item? Item)> writes)
    {
        var olds = new Item?[writes.Count];
        foreach (var group in writes.Select((w, i) => (w.Table, w.Key, w.Item, Index: i)).GroupBy(w => w.Table))
        {
            var store = group.Key.Store;
            lock (store.WriteGate)
            {
                var state = store.Current;
                foreach (var write in group)
                {
                    olds[write.Index] = state.Get(write.Key);
                }

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

        return olds;
    }
}
