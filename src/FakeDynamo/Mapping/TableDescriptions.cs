using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using FakeDynamo.Engine;
using FakeDynamo.Storage;

namespace FakeDynamo.Mapping;

/// <summary>Builds the SDK's <see cref="TableDescription"/> for a table as it is at a given instant (data-plane §8.2).</summary>
internal static class TableDescriptions
{
    public static TableDescription Describe(Table table, DateTimeOffset now)
    {
        var schema = table.Schema;
        var status = table.StatusAt(now);
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
            ProvisionedThroughput = SchemaMapper.ThroughputDescription(schema.Throughput),
            DeletionProtectionEnabled = schema.DeletionProtection,
            OnDemandThroughput = SchemaMapper.OnDemand(schema.OnDemand),
            SSEDescription = SchemaMapper.Sse(schema.Sse),
        };

        if (schema.BillingMode == BillingModes.PayPerRequest)
        {
            description.BillingModeSummary = new BillingModeSummary
            {
                BillingMode = BillingMode.PAY_PER_REQUEST,
                LastUpdateToPayPerRequestDateTime = Timestamps.ToResponse(table.CreatedAt),
            };
        }

        if (schema.TableClass != "STANDARD")
        {
            description.TableClassSummary = new TableClassSummary { TableClass = new TableClass(schema.TableClass) };
        }

        if (schema.Stream is { Enabled: true } stream)
        {
            description.StreamSpecification = SchemaMapper.Stream(stream);
            description.LatestStreamLabel = Timestamps.StreamLabel(table.CreatedAt);
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
                ProvisionedThroughput = SchemaMapper.ThroughputDescription(i.Throughput ?? Throughput.Zero),
                OnDemandThroughput = SchemaMapper.OnDemand(i.OnDemand),
                IndexSizeBytes = table.IsIndexActive(i.Name, now) ? IndexStatistics.Size(state, schema, i) : 0,
                ItemCount = table.IsIndexActive(i.Name, now) ? IndexStatistics.Count(state, schema, i) : 0,
            }).ToList();
        }

        var locals = schema.LocalIndexes.ToList();
        if (locals.Count > 0)
        {
            description.LocalSecondaryIndexes = locals.Select(i => new LocalSecondaryIndexDescription
            {
                IndexName = i.Name,
                IndexArn = $"{table.Arn}/index/{i.Name}",
                KeySchema = SchemaMapper.KeySchema(i.PartitionKey, i.SortKey),
                Projection = SchemaMapper.Projection(i.Projection),
                IndexSizeBytes = IndexStatistics.Size(state, schema, i),
                ItemCount = IndexStatistics.Count(state, schema, i),
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
