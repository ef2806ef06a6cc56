using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using FakeDynamo.Engine;
using FakeDynamo.Storage;

namespace FakeDynamo.Mapping;

/// <summary>Builds the SDK's <see cref="TableDescription"/> for a table as it is at a given instant (data-plane §8.2).</summary>
internal static class TableDescriptions
{
    /// <summary>
    /// The description at <paramref name="now"/>. <paramref name="reportedStatus"/> overrides the computed status for
    /// the response of the call that started a transition (CreateTable answers CREATING, UpdateTable UPDATING, even when
    /// the configured delay is zero and the next read already sees ACTIVE).
    /// </summary>
    public static TableDescription Describe(Table table, DateTimeOffset now, Engine.TableStatus? reportedStatus = null)
    {
        var schema = table.Schema;
        var status = reportedStatus ?? table.StatusAt(now);
        var state = table.Store.Current;
        var description = new TableDescription
        {
            TableName = table.Name,
            TableArn = table.Arn,
            TableId = table.Id.ToString(),
            TableStatus = StatusName(status),
            CreationDateTime = Timestamps.ToResponse(table.CreatedAt),
            KeySchema = SchemaMapper.KeySchema(schema.PartitionKey, schema.SortKey),
            AttributeDefinitions = SchemaMapper.AttributeDefinitions(schema),
            ItemCount = state.Count,
            TableSizeBytes = state.SizeBytes,
            ProvisionedThroughput = ThroughputDescription(table, schema.Throughput, now),
            DeletionProtectionEnabled = schema.DeletionProtection,
            OnDemandThroughput = SchemaMapper.OnDemand(schema.OnDemand),
            SSEDescription = SchemaMapper.Sse(schema.Sse),
        };

        if (schema.BillingMode == BillingModes.PayPerRequest || table.PayPerRequestSince is not null)
        {
            // A provisioned table shows the summary only once it has been on-demand (then switched back).
            description.BillingModeSummary = new BillingModeSummary
            {
                BillingMode = new BillingMode(schema.BillingMode),
                LastUpdateToPayPerRequestDateTime = Timestamps.ToResponse(table.PayPerRequestSince ?? table.CreatedAt),
            };
        }

        if (schema.TableClass != "STANDARD")
        {
            description.TableClassSummary = new TableClassSummary { TableClass = new TableClass(schema.TableClass) };
        }

        if (schema.Stream is { Enabled: true } stream)
        {
            description.StreamSpecification = SchemaMapper.Stream(stream);
            description.LatestStreamLabel = Timestamps.StreamLabel(table.StreamEnabledAt ?? table.CreatedAt);
            description.LatestStreamArn = $"{table.Arn}/stream/{description.LatestStreamLabel}";
        }

        var globals = schema.GlobalIndexes.ToList();
        if (globals.Count > 0)
        {
            description.GlobalSecondaryIndexes = globals.Select(i => new GlobalSecondaryIndexDescription
            {
                IndexName = i.Name,
                IndexArn = $"{table.Arn}/index/{i.Name}",
                KeySchema = SchemaMapper.KeySchema(i.PartitionKey, i.SortKey),
                Projection = SchemaMapper.Projection(i.Projection),
                IndexStatus = IndexStatusOf(table, i, status, now),
                Backfilling = table.IsIndexActive(i.Name, now) ? null : true,
                ProvisionedThroughput = SchemaMapper.ThroughputDescription(i.Throughput ?? Engine.Throughput.Zero),
                OnDemandThroughput = SchemaMapper.OnDemand(i.OnDemand),
                IndexSizeBytes = table.IsIndexActive(i.Name, now) ? state.Index(i.Name)?.SizeBytes ?? 0 : 0,
                ItemCount = table.IsIndexActive(i.Name, now) ? state.Index(i.Name)?.Count ?? 0 : 0,
            }).ToList();
        }

        AddDeletingIndexes(description, table, now);
        var locals = schema.LocalIndexes.ToList();
        if (locals.Count > 0)
        {
            description.LocalSecondaryIndexes = locals.Select(i => new LocalSecondaryIndexDescription
            {
                IndexName = i.Name,
                IndexArn = $"{table.Arn}/index/{i.Name}",
                KeySchema = SchemaMapper.KeySchema(i.PartitionKey, i.SortKey),
                Projection = SchemaMapper.Projection(i.Projection),
                IndexSizeBytes = state.Index(i.Name)?.SizeBytes ?? 0,
                ItemCount = state.Index(i.Name)?.Count ?? 0,
            }).ToList();
        }

        if (table.Restore is { } restore)
        {
            description.RestoreSummary = new RestoreSummary
            {
                SourceBackupArn = restore.SourceBackupArn,
                SourceTableArn = restore.SourceTableArn,
                RestoreDateTime = Timestamps.ToResponse(restore.RestoreDateTime),
                RestoreInProgress = restore.InProgress(table, now),
            };
        }

        return description;
    }

    /// <summary>GSIs removed by UpdateTable stay listed as DELETING until their deletion completes on the clock.</summary>
    private static void AddDeletingIndexes(TableDescription description, Table table, DateTimeOffset now)
    {
        foreach (var (index, goneAt) in table.DeletingIndexes)
        {
            if (now >= goneAt)
            {
                continue;
            }

            description.GlobalSecondaryIndexes ??= [];
            description.GlobalSecondaryIndexes.Add(DeletingIndex(table, index));
        }
    }

    /// <summary>A GSI being deleted: DELETING, no statistics.</summary>
    public static GlobalSecondaryIndexDescription DeletingIndex(Table table, IndexDefinition index) => new()
    {
        IndexName = index.Name,
        IndexArn = $"{table.Arn}/index/{index.Name}",
        KeySchema = SchemaMapper.KeySchema(index.PartitionKey, index.SortKey),
        Projection = SchemaMapper.Projection(index.Projection),
        IndexStatus = IndexStatus.DELETING,
        ProvisionedThroughput = SchemaMapper.ThroughputDescription(index.Throughput ?? Engine.Throughput.Zero),
        IndexSizeBytes = 0,
        ItemCount = 0,
    };

    /// <summary>Provisioned throughput with the increase/decrease history (NumberOfDecreasesToday counts the current UTC day).</summary>
    private static ProvisionedThroughputDescription ThroughputDescription(Table table, Engine.Throughput throughput, DateTimeOffset now)
    {
        var description = SchemaMapper.ThroughputDescription(throughput);
        description.NumberOfDecreasesToday = table.Decreases.Count(d => d.UtcDateTime.Date == now.UtcDateTime.Date);
        if (table.LastIncreaseAt is { } increased)
        {
            description.LastIncreaseDateTime = Timestamps.ToResponse(increased);
        }

        if (table.Decreases.Count > 0)
        {
            description.LastDecreaseDateTime = Timestamps.ToResponse(table.Decreases[^1]);
        }

        return description;
    }

    public static Amazon.DynamoDBv2.TableStatus StatusName(Engine.TableStatus status) => status switch
    {
        Engine.TableStatus.Creating => Amazon.DynamoDBv2.TableStatus.CREATING,
        Engine.TableStatus.Updating => Amazon.DynamoDBv2.TableStatus.UPDATING,
        Engine.TableStatus.Deleting => Amazon.DynamoDBv2.TableStatus.DELETING,
        _ => Amazon.DynamoDBv2.TableStatus.ACTIVE,
    };

    private static IndexStatus IndexStatusOf(Table table, IndexDefinition index, Engine.TableStatus tableStatus, DateTimeOffset now)
    {
        if (tableStatus == Engine.TableStatus.Creating || !table.IsIndexActive(index.Name, now))
        {
            return IndexStatus.CREATING;
        }

        return tableStatus == Engine.TableStatus.Deleting ? IndexStatus.DELETING : IndexStatus.ACTIVE;
    }
}
