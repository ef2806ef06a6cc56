using FakeDynamo.Errors;
using FakeDynamo.Storage;

namespace FakeDynamo.Engine;

/// <summary>Table control plane: create, describe, list, delete, and the account's table quotas; lifecycles computed from the clock.</summary>
internal sealed partial class Account
{
    /// <summary>Creates a table after the request shape has been validated. Returns the new incarnation (a new TableId).</summary>
    public Table CreateTable(string name, TableSchema schema, IReadOnlyDictionary<string, string>? tags)
    {
        lock (Gate)
        {
            var now = Now;
            if (FindTable(name, now) is { } existing)
            {
                throw existing.IsRestoring(now)
                    ? DynamoErrors.TableBeingUsed(name)
                    : DynamoErrors.TableAlreadyExistsInUse(name);
            }

            CheckTableQuotas(now, createsTable: true, withIndexes: schema.HasIndexes);
            var table = new Table(name, TableArn(name), Ids.NewTableId(), now, now + Options.TableCreateDelay, schema, ItemStore.StartingFrom(StoreState.Empty.WithIndexes(schema), now));
            if (tags is not null)
            {
                foreach (var (key, value) in tags)
                {
                    table.Tags[key] = value;
                }
            }

            AddTable(table);
            return table;
        }
    }

    /// <summary>The table for control-plane reads (any status), or ResourceNotFound with the control-plane text.</summary>
    public Table DescribeTable(string nameOrArn)
    {
        lock (Gate)
        {
            return FindTable(nameOrArn, Now) ?? throw DynamoErrors.TableResourceNotFound(nameOrArn);
        }
    }

    /// <summary>
    /// The table for a control-plane change or settings read (UpdateTable, TTL, tags): a restore target still CREATING
    /// counts as not found (backup-api §9.2). Call under <see cref="Gate"/>.
    /// </summary>
    public Table SettingsTable(string nameOrArn, DateTimeOffset now)
    {
        var table = FindTable(nameOrArn, now);
        return table is null || table.IsRestoring(now) ? throw DynamoErrors.TableResourceNotFound(nameOrArn) : table;
    }

    /// <summary>Table names in ascending (ordinal) order, for ListTables; CREATING and DELETING tables are listed (data-plane §8.3).</summary>
    public IReadOnlyList<string> TableNames()
    {
        lock (Gate)
        {
            return LiveTables(Now).Select(t => t.Name).Order(StringComparer.Ordinal).ToList();
        }
    }

    /// <summary>Starts deleting a table; it disappears once the delete delay has passed on the clock.</summary>
    public Table DeleteTable(string nameOrArn)
    {
        lock (Gate)
        {
            var now = Now;
            var table = FindTable(nameOrArn, now) ?? throw DynamoErrors.TableResourceNotFound(nameOrArn);
            ThrowIfNotActive(table, now);
            if (table.Schema.DeletionProtection)
            {
                throw DynamoErrors.DeletionProtected(table.Name);
            }

            CheckTableQuotas(now, createsTable: false, withIndexes: false);
            OnTableDeleting(table, now);
            table.DeleteRequestedAt = now;
            table.GoneAt = now + Options.TableDeleteDelay;
            return table;
        }
    }

    /// <summary>A change of a table that is CREATING, UPDATING or DELETING → ResourceInUseException (data-plane §8.3-8.4).</summary>
    private static void ThrowIfNotActive(Table table, DateTimeOffset now)
    {
        switch (table.StatusAt(now))
        {
            case TableStatus.Creating:
                throw DynamoErrors.TableBeingCreated(table.Name);
            case TableStatus.Updating:
                throw DynamoErrors.TableBeingUpdated(table.Name);
            case TableStatus.Deleting:
                throw DynamoErrors.TableBeingDeleted(table.Name);
        }
    }

    /// <summary>
    /// Admission control for a new table operation (options.Quotas; backup-api §12): simultaneous table operations
    /// (tables CREATING/UPDATING/DELETING, GSIs backfilling or being deleted, TTL changes settling), tables with
    /// secondary indexes in CREATING, and the table count. Call under <see cref="Gate"/> before changing anything.
    /// </summary>
    public void CheckTableQuotas(DateTimeOffset now, bool createsTable, bool withIndexes)
    {
        var quotas = Options.Quotas;
        var live = LiveTables(now);
        if (live.Count(t => t.IsOperationInProgress(now, Options.TableUpdateDelay)) >= quotas.MaxConcurrentTableOperations)
        {
            throw DynamoErrors.TooManyTableOperations(quotas.MaxConcurrentTableOperations);
        }

        if (createsTable && withIndexes &&
            live.Count(t => t.Schema.HasIndexes && t.StatusAt(now) == TableStatus.Creating) >= quotas.MaxCreatingTablesWithIndexes)
        {
            throw DynamoErrors.TooManyCreatingTablesWithIndexes(quotas.MaxCreatingTablesWithIndexes);
        }

        if (createsTable && live.Count >= quotas.MaxTables)
        {
            throw DynamoErrors.TooManyTables(quotas.MaxTables);
        }
    }

    /// <summary>Hook for DeleteTable side effects (the SYSTEM backup of a PITR-enabled table). Call under <see cref="Gate"/>.</summary>
    partial void OnTableDeleting(Table table, DateTimeOffset now);
}
