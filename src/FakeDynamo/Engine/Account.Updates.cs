using FakeDynamo.Storage;

namespace FakeDynamo.Engine;

/// <summary>Read-modify-write of one item (UpdateItem).</summary>
internal sealed partial class Account
{
    /// <summary>
    /// Under the table's write gate: reads the current item, lets <paramref name="produce"/> check it and compute the
    /// new one (null: the item stays absent), and commits through the changelog. Condition and write are atomic.
    /// </summary>
    public (Item? Old, Item? New) UpdateItem(Table table, PrimaryKey key, Func<Item?, Item?> produce)
    {
        var store = table.Store;
        lock (store.WriteGate)
        {
            var old = store.Current.Get(key);
            var next = produce(old);
            if (old is not null || next is not null)
            {
                store.Commit(key, next, Now);
            }

            return (old, next);
        }
    }
}
