using FakeDynamo.Errors;
using FakeDynamo.Storage;

namespace FakeDynamo.Engine;

/// <summary>Single-item writes and reads. Every write goes through the table's changelog.</summary>
internal sealed partial class Account
{
    /// <summary>The table for a data-plane call, or ResourceNotFound (`Requested resource not found`).</summary>
    public Table UsableTable(string nameOrArn) =>
        FindUsableTable(nameOrArn, Now) ?? throw DynamoErrors.ResourceNotFound();

    /// <summary>
    /// Writes (or, with a null item, deletes) one item atomically after <paramref name="check"/> has accepted the
    /// current item. Returns the previous item.
    /// </summary>
    public Item? WriteItem(Table table, PrimaryKey key, Item? item, Action<Item?>? check = null)
    {
        var store = table.Store;
        Item? old;
        lock (store.WriteGate)
        {
            old = store.Current.Get(key);
            check?.Invoke(old);
            if (old is not null || item is not null)
            {
                store.Commit(key, item, Now);
            }
        }

        AfterCommit(table); // history retention, outside the store's write gate
        return old;
    }
}
