using FakeDynamo.Errors;
using FakeDynamo.Storage;

namespace FakeDynamo.Engine;

/// <summary>Table control plane: create, describe, list, delete; lifecycles computed from the clock.</summary>
internal sealed partial class Account
{
    /// <summary>Creates a table after the request shape has been validated. Returns the new incarnation.</summary>
    public Table CreateTable(string name, TableSchema schema, IReadOnlyDictionary<string, string>? tags)
    {
        lock (Gate)
        {
            var now = Now;
            if (FindTable(name, now) is { } existing)
            {
                throw existing.Restore is not null && existing.Restore.InProgress(existing, now)
                    ? DynamoErrors.TableBeingUsed(name)
                    : DynamoErrors.TableAlreadyExistsInUse(name);
            }

            CheckTableQuotas(now, createsTable: true, withIndexes: schema.HasIndexes);
            var table = new Table(name, TableArn(name), Ids.NewTableId(), now, now + Options.TableCreateDelay, schema, new ItemStore(now));
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

    /// <summary>Table names in ascending (ordinal) order, for ListTables.</summary>
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
            switch (table.StatusAt(now))
            {
                case TableStatus.Creating:
                    throw DynamoErrors.TableBeingCreated(table.Name);
                case TableStatus.Updating:
                    throw DynamoErrors.TableBeingUpdated(table.Name);
                case TableStatus.Deleting:
                    throw DynamoErrors.TableBeingDeleted(table.Name);
            }

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

    /// <summary>
    /// Admission control for a new table operation (seed quotas, backup-api §12): simultaneous table operations,
    /// tables with indexes in CREATING, and the table count. Call under <see cref="Gate"/>.
    /// </summary>
    public void CheckTableQuotas(DateTimeOffset now, bool createsTable, bool withIndexes)
    {
        var quotas = Options.Quotas;
        var live = LiveTables(now);
        if (live.Count(t => t.IsOperationInProgress(now)) >= quotas.MaxConcurrentTableOperations)
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
