using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using FakeDynamo.Engine;
using FakeDynamo.Errors;
using FakeDynamo.Mapping;

namespace FakeDynamo.Backups;

/// <summary>
/// The schema of a restored table (backup-api §9.1, §10): carried from the source schema — the backup's as recorded,
/// or the source table's current one for a point-in-time restore — keys,
/// attribute definitions, indexes, billing mode, throughput, on-demand maxima, SSE — with the request's overrides
/// applied; not carried — stream, table class (STANDARD), deletion protection (tags, TTL and PITR live on the Table
/// and start empty). Override errors use the §2.2 texts. Input is the shape-validated request (copy in).
/// </summary>
internal static class RestorePlanner
{
    public static TableSchema Plan(TableSchema source, RestoreOverrides overrides)
    {
        var billingOverride = overrides.BillingMode;
        var billing = billingOverride ?? source.BillingMode;
        var provisioned = billing == BillingModes.Provisioned;
        var throughput = BaseThroughput(source, overrides, billingOverride, provisioned);
        var onDemand = OnDemandLimits(source, overrides.OnDemandThroughput, provisioned);

        var indexes = new List<IndexDefinition>();
        indexes.AddRange(Indexes(source, overrides.GlobalSecondaryIndexes?.Select(g => (g.IndexName, g.KeySchema, g.Projection, (ProvisionedThroughput?)g.ProvisionedThroughput, (OnDemandThroughput?)g.OnDemandThroughput)), true, provisioned, billingOverride));
        indexes.AddRange(Indexes(source, overrides.LocalSecondaryIndexes?.Select(l => (l.IndexName, l.KeySchema, l.Projection, (ProvisionedThroughput?)null, (OnDemandThroughput?)null)), false, provisioned, billingOverride));

        // Attribute definitions: only those still used by the key schema or a restored index.
        var used = new HashSet<string>(StringComparer.Ordinal) { source.PartitionKey.Name };
        if (source.SortKey is not null) used.Add(source.SortKey.Name);
        foreach (var index in indexes)
        {
            used.Add(index.PartitionKey.Name);
            if (index.SortKey is not null) used.Add(index.SortKey.Name);
        }

        return source with
        {
            AttributeDefinitions = source.AttributeDefinitions.Where(a => used.Contains(a.Name)).ToList(),
            Indexes = indexes,
            BillingMode = billing,
            Throughput = throughput,
            OnDemand = onDemand,
            Stream = null,
            Sse = overrides.Sse is { } sse ? CreateTableMapper.Sse(sse, null) : source.Sse,
            TableClass = "STANDARD",
            DeletionProtection = false,
        };
    }

    private static Throughput BaseThroughput(TableSchema source, RestoreOverrides overrides, string? billingOverride, bool provisioned)
    {
        var overridden = overrides.ProvisionedThroughput;
        if (!provisioned)
        {
            if (overridden is not null)
            {
                throw billingOverride == BillingModes.PayPerRequest
                    ? DynamoErrors.CannotOverrideThroughputOnDemand()
                    : DynamoErrors.CannotOverrideThroughputUnlessProvisioned();
            }

            return Throughput.Zero;
        }

        if (overridden is not null)
        {
            return new Throughput(overridden.ReadCapacityUnits!.Value, overridden.WriteCapacityUnits!.Value);
        }

        // Text: "Must override ProvisionedThroughput if BillingMode is overridden to PROVISIONED" — applied whenever
        // the override names PROVISIONED (also on a provisioned backup; Low, by the text's wording).
        return billingOverride == BillingModes.Provisioned ? throw DynamoErrors.MustOverrideThroughput() : source.Throughput;
    }

    private static OnDemandLimits? OnDemandLimits(TableSchema source, OnDemandThroughput? overridden, bool provisioned)
    {
        if (overridden is null || (overridden.MaxReadRequestUnits is null && overridden.MaxWriteRequestUnits is null))
        {
            return provisioned ? null : source.OnDemand;
        }

        if (provisioned)
        {
            throw DynamoErrors.CannotOverrideOnDemand(overridden.MaxReadRequestUnits is not null ? "MaxReadRequestUnits" : "MaxWriteRequestUnits");
        }

        // Valid maxima are ≥ 1, or -1 for "no maximum" (service model).
        if (overridden.MaxReadRequestUnits is { } read && read < 1 && read != -1)
        {
            throw DynamoErrors.OnDemandOutOfRange("MaxReadRequestUnits");
        }

        if (overridden.MaxWriteRequestUnits is { } write && write < 1 && write != -1)
        {
            throw DynamoErrors.OnDemandOutOfRange("MaxWriteRequestUnits");
        }

        return CreateTableMapper.OnDemand(overridden);
    }

    private static IEnumerable<IndexDefinition> Indexes(
        TableSchema source,
        IEnumerable<(string Name, List<KeySchemaElement> Keys, Projection Projection, ProvisionedThroughput? Throughput, OnDemandThroughput? OnDemand)>? overrides,
        bool global,
        bool provisioned,
        string? billingOverride)
    {
        var available = source.Indexes.Where(i => i.IsGlobal == global).ToList();

        // Omitted: every index of the backup; an empty list: none (backup-api §9.1, [L DDB-TABLE-279]).
        var chosen = overrides is null
            ? available.Select(i => (Index: i, Name: i.Name, Throughput: (ProvisionedThroughput?)null, OnDemand: (OnDemandThroughput?)null)).ToList()
            : overrides.Select(o => (Index: Match(available, o.Name, o.Keys, o.Projection), o.Name, o.Throughput, o.OnDemand)).ToList();

        foreach (var (index, name, throughput, onDemand) in chosen)
        {
            if (!global)
            {
                yield return index with { Name = name };
                continue;
            }

            Throughput effective;
            if (!provisioned)
            {
                if (throughput is not null)
                {
                    throw DynamoErrors.CannotOverrideThroughputOnDemand(billingOverride == BillingModes.PayPerRequest ? name : null);
                }

                effective = Throughput.Zero;
            }
            else if (throughput is not null)
            {
                effective = new Throughput(throughput.ReadCapacityUnits!.Value, throughput.WriteCapacityUnits!.Value);
            }
            else
            {
                effective = source.BillingMode == BillingModes.Provisioned && index.Throughput is { } recorded
                    ? recorded
                    : throw DynamoErrors.MustSpecifyIndexThroughput(name);
            }

            yield return index with
            {
                Name = name,
                Throughput = effective,
                OnDemand = provisioned ? null : CreateTableMapper.OnDemand(onDemand) ?? index.OnDemand,
            };
        }
    }

    /// <summary>An override matches an index of the backup by key schema and projection; renaming is allowed.</summary>
    private static IndexDefinition Match(List<IndexDefinition> available, string name, List<KeySchemaElement> keys, Projection projection)
    {
        var hash = keys.FirstOrDefault(k => k.KeyType == KeyType.HASH)?.AttributeName;
        var range = keys.FirstOrDefault(k => k.KeyType == KeyType.RANGE)?.AttributeName;
        var type = projection.ProjectionType?.Value ?? "ALL";
        var nonKey = (projection.NonKeyAttributes ?? []).Order(StringComparer.Ordinal).ToList();
        var match = available.FirstOrDefault(i =>
            i.PartitionKey.Name == hash &&
            i.SortKey?.Name == range &&
            i.Projection.Type == type &&
            (type != "INCLUDE" || i.Projection.NonKeyAttributes.Order(StringComparer.Ordinal).SequenceEqual(nonKey)));
        if (match is null)
        {
            throw DynamoErrors.IndexNotInBackup(name);
        }

        available.Remove(match);
        return match;
    }
}
