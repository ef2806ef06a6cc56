using FakeDynamo.Errors;

namespace FakeDynamo.Engine;

/// <summary>
/// UpdateTable (spec data-plane §8.4): capacity and billing mode, GSI create/update/delete, stream, SSE, table class,
/// deletion protection. The table is UPDATING for options.TableUpdateDelay; a new GSI is CREATING (Backfilling) for
/// options.IndexCreateDelay; a deleted GSI shows DELETING for options.TableUpdateDelay.
/// </summary>
internal sealed partial class Account
{
    /// <summary>GSIs per table, default quota (data-plane §8.2.5).</summary>
    private const int MaxGlobalIndexes = 20;

    public Table UpdateTable(string nameOrArn, TableUpdate update)
    {
        lock (Gate)
        {
            var now = Now;
            var table = SettingsTable(nameOrArn, now);
            ThrowIfNotActive(table, now);
            var schema = table.Schema;
            CheckIndexActions(table, update, now);
            var billing = update.BillingMode ?? schema.BillingMode;
            CheckCapacity(table, update, billing);
            if (update.StreamGiven)
            {
                var enabled = schema.Stream is { Enabled: true };
                if (update.Stream is not null && enabled) throw DynamoErrors.StreamAlreadyEnabled(table.Name);
                if (update.Stream is null && !enabled) throw DynamoErrors.NoStreamToDisable(table.Name);
            }

            CheckTableQuotas(now, createsTable: false, withIndexes: false);
            Apply(table, update, billing, now);
            return table;
        }
    }

    private static void CheckIndexActions(Table table, TableUpdate update, DateTimeOffset now)
    {
        var schema = table.Schema;
        if (update.Creates.Count + update.Deletes.Count > 1)
        {
            throw DynamoErrors.OneOnlineIndexAtATime();
        }

        // Deleting the index that is still being created is how it is cancelled ([LAB]); anything else waits.
        var cancels = update.Deletes.Any(d => !table.IsIndexActive(d, now));
        if (update.Creates.Count + update.Deletes.Count > 0 && !cancels && table.IsIndexChangeInProgress(now))
        {
            throw DynamoErrors.OneOnlineIndexAtATime();
        }

        foreach (var name in update.Deletes)
        {
            var index = schema.FindIndex(name) ?? throw DynamoErrors.IndexNotFound(table.Name);
            if (!index.IsGlobal) throw DynamoErrors.NotAGlobalIndex("delete", name);
        }

        foreach (var change in update.CapacityChanges)
        {
            var index = schema.FindIndex(change.Name) ?? throw DynamoErrors.IndexNotFound(table.Name);
            if (!index.IsGlobal) throw DynamoErrors.NotAGlobalIndex("update", change.Name);
        }

        foreach (var create in update.Creates)
        {
            if (schema.FindIndex(create.Name) is not null)
            {
                throw DynamoErrors.IndexAlreadyExists();
            }

            foreach (var key in new[] { create.PartitionKey, create.SortKey }.OfType<string>())
            {
                var given = update.AttributeDefinitions.FirstOrDefault(d => d.Name == key);
                var existing = schema.AttributeDefinitions.FirstOrDefault(d => d.Name == key);
                if (given is null && existing is null) throw DynamoErrors.IndexAttributeNotDefined(create.Name);
                if (given is not null && existing is not null && given.Type != existing.Type)
                {
                    throw DynamoErrors.AttributeRedefined(key, key == create.PartitionKey ? "HASH" : "RANGE", existing.Type, given.Type);
                }
            }
        }

        if (schema.GlobalIndexes.Count() + update.Creates.Count > MaxGlobalIndexes)
        {
            throw DynamoErrors.TooManyGlobalIndexesOnUpdate(MaxGlobalIndexes);
        }
    }

    private static void CheckCapacity(Table table, TableUpdate update, string billing)
    {
        var schema = table.Schema;
        var onDemand = billing == BillingModes.PayPerRequest;
        if (onDemand && update.Throughput is not null)
        {
            throw DynamoErrors.ThroughputWithPayPerRequest();
        }

        if (!onDemand && schema.BillingMode == BillingModes.PayPerRequest)
        {
            if (update.Throughput is null) throw DynamoErrors.ThroughputRequiredOnSwitch();
            var missing = schema.GlobalIndexes
                .Where(i => !update.Deletes.Contains(i.Name) && update.CapacityChanges.All(c => c.Name != i.Name || c.Throughput is null))
                .Select(i => i.Name)
                .ToList();
            if (missing.Count > 0) throw DynamoErrors.IndexThroughputRequired(missing);
        }

        foreach (var create in update.Creates)
        {
            if (!onDemand && create.Throughput is null) throw DynamoErrors.IndexThroughputRequired([create.Name]);
            if (onDemand && create.Throughput is not null) throw DynamoErrors.IndexThroughputOnPayPerRequestUpdate(create.Name);
        }

        foreach (var change in update.CapacityChanges)
        {
            if (onDemand && change.Throughput is not null) throw DynamoErrors.IndexThroughputOnPayPerRequestUpdate(change.Name);
        }

        if (update.Throughput is { } requested && !onDemand && schema.BillingMode == BillingModes.Provisioned && requested == schema.Throughput)
        {
            throw DynamoErrors.ThroughputUnchanged(requested.Read, requested.Write);
        }
    }

    private void Apply(Table table, TableUpdate update, string billing, DateTimeOffset now)
    {
        var schema = table.Schema;
        var onDemand = billing == BillingModes.PayPerRequest;
        table.DeletingIndexes.RemoveAll(d => now >= d.GoneAt);
        var indexes = new List<IndexDefinition>();
        foreach (var index in schema.Indexes)
        {
            if (update.Deletes.Contains(index.Name))
            {
                table.IndexActiveAt.Remove(index.Name);
                table.DeletingIndexes.Add((index, now + Options.TableUpdateDelay));
                continue;
            }

            var change = update.CapacityChanges.FirstOrDefault(c => c.Name == index.Name);
            indexes.Add(index.IsGlobal
                ? index with
                {
                    Throughput = onDemand ? Throughput.Zero : change?.Throughput ?? index.Throughput,
                    OnDemand = change?.OnDemand ?? index.OnDemand,
                }
                : index);
        }

        var definitions = schema.AttributeDefinitions.Concat(update.AttributeDefinitions).DistinctBy(d => d.Name).ToList();
        foreach (var create in update.Creates)
        {
            KeyAttribute Key(string name) => definitions.First(d => d.Name == name);
            indexes.Add(new IndexDefinition(
                create.Name, true, Key(create.PartitionKey), create.SortKey is null ? null : Key(create.SortKey), create.Projection,
                onDemand ? Throughput.Zero : create.Throughput, create.OnDemand));
            table.IndexActiveAt[create.Name] = now + Options.IndexCreateDelay;
        }

        var throughput = onDemand ? Throughput.Zero : update.Throughput ?? schema.Throughput;
        RecordThroughputChange(table, schema.Throughput, throughput, schema.BillingMode == billing, now);
        if (onDemand && schema.BillingMode != billing)
        {
            table.PayPerRequestSince = now;
        }

        if (update.StreamGiven && update.Stream is not null)
        {
            table.StreamEnabledAt = now;
        }

        // Only attributes some key uses stay defined (the service drops the rest).
        var used = indexes.SelectMany(i => new[] { i.PartitionKey, i.SortKey }).Append(schema.PartitionKey).Append(schema.SortKey)
            .OfType<KeyAttribute>().Select(k => k.Name).ToHashSet(StringComparer.Ordinal);
        table.Schema = schema with
        {
            Indexes = indexes,
            AttributeDefinitions = definitions.Where(d => used.Contains(d.Name)).ToList(),
            BillingMode = billing,
            Throughput = throughput,
            OnDemand = update.OnDemand ?? (onDemand ? schema.OnDemand : null),
            Stream = update.StreamGiven ? update.Stream : schema.Stream,
            Sse = update.SseGiven ? update.Sse : schema.Sse,
            TableClass = update.TableClass ?? schema.TableClass,
            DeletionProtection = update.DeletionProtection ?? schema.DeletionProtection,
        };
        if (update.Creates.Count + update.Deletes.Count > 0)
        {
            // The new GSI's content is built now (its CREATING/Backfilling phase is only reported); a deleted one goes.
            table.Store.Reindex(table.Schema);
        }

        if (update.MakesTableUpdating)
        {
            table.UpdateEndsAt = now + Options.TableUpdateDelay;
        }
    }

    private static void RecordThroughputChange(Table table, Throughput old, Throughput updated, bool sameBilling, DateTimeOffset now)
    {
        if (!sameBilling || old == updated)
        {
            return;
        }

        if (updated.Read > old.Read || updated.Write > old.Write)
        {
            table.LastIncreaseAt = now;
        }

        if (updated.Read < old.Read || updated.Write < old.Write)
        {
            table.Decreases.Add(now);
        }
    }
}
