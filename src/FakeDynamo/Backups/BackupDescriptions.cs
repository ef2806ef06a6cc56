using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using FakeDynamo.Engine;
using FakeDynamo.Mapping;

namespace FakeDynamo.Backups;

/// <summary>
/// Maps a <see cref="Backup"/> to the SDK's BackupDetails, BackupDescription, BackupSummary, SourceTableDetails and
/// SourceTableFeatureDetails (backup-api §5–§7). Every call builds a fresh object graph (copy out).
/// </summary>
internal static class BackupDescriptions
{
    public static BackupDetails Details(Backup backup, DateTimeOffset now, BackupStatus? status = null) => new()
    {
        BackupArn = backup.Arn,
        BackupName = backup.Name,
        BackupSizeBytes = backup.Content.Preview(now).SizeBytes,
        BackupStatus = status ?? StatusOf(backup, now),
        BackupType = TypeOf(backup),
        BackupCreationDateTime = Timestamps.ToResponse(backup.CreatedAt),
        BackupExpiryDateTime = backup.ExpiresAt is { } expires ? Timestamps.ToResponse(expires) : null,
    };

    public static BackupDescription Description(Backup backup, DateTimeOffset now, BackupStatus? status = null) => new()
    {
        BackupDetails = Details(backup, now, status),
        SourceTableDetails = SourceDetails(backup, now),
        SourceTableFeatureDetails = FeatureDetails(backup),
    };

    public static BackupSummary Summary(Backup backup, DateTimeOffset now) => new()
    {
        TableName = backup.Source.Name,
        TableId = backup.Source.Id.ToString(),
        TableArn = backup.Source.Arn,
        BackupArn = backup.Arn,
        BackupName = backup.Name,
        BackupCreationDateTime = Timestamps.ToResponse(backup.CreatedAt),
        BackupExpiryDateTime = backup.ExpiresAt is { } expires ? Timestamps.ToResponse(expires) : null,
        BackupStatus = StatusOf(backup, now),
        BackupType = TypeOf(backup),
        BackupSizeBytes = backup.Content.Preview(now).SizeBytes,
    };

    public static BackupStatus StatusOf(Backup backup, DateTimeOffset now) =>
        backup.IsAvailable(now) ? BackupStatus.AVAILABLE : BackupStatus.CREATING;

    private static BackupType TypeOf(Backup backup) => backup.Kind == BackupKind.System ? BackupType.SYSTEM : BackupType.USER;

    /// <summary>SourceTableDetails: throughput 0/0 for on-demand, no NumberOfDecreasesToday (backup-api §6).</summary>
    private static SourceTableDetails SourceDetails(Backup backup, DateTimeOffset now)
    {
        var schema = backup.Schema;
        var state = backup.Content.Preview(now);
        return new SourceTableDetails
        {
            TableName = backup.Source.Name,
            TableId = backup.Source.Id.ToString(),
            TableArn = backup.Source.Arn,
            TableSizeBytes = state.SizeBytes,
            ItemCount = state.Count,
            KeySchema = SchemaMapper.KeySchema(schema.PartitionKey, schema.SortKey),
            TableCreationDateTime = Timestamps.ToResponse(backup.Source.CreatedAt),
            ProvisionedThroughput = SchemaMapper.Throughput(schema.Throughput),
            OnDemandThroughput = SchemaMapper.OnDemand(schema.OnDemand),
            BillingMode = new BillingMode(schema.BillingMode),
        };
    }

    /// <summary>Members only when relevant; a plain table gives an object whose members are all null (backup-api §6).</summary>
    private static SourceTableFeatureDetails FeatureDetails(Backup backup)
    {
        var schema = backup.Schema;
        var details = new SourceTableFeatureDetails
        {
            StreamDescription = SchemaMapper.Stream(schema.Stream),
            SSEDescription = SchemaMapper.Sse(schema.Sse),
            TimeToLiveDescription = backup.Source.TimeToLiveAttribute is { } ttl
                ? new TimeToLiveDescription { TimeToLiveStatus = TimeToLiveStatus.ENABLED, AttributeName = ttl }
                : null,
        };

        var locals = schema.LocalIndexes.ToList();
        if (locals.Count > 0)
        {
            details.LocalSecondaryIndexes = locals.Select(i => new LocalSecondaryIndexInfo
            {
                IndexName = i.Name,
                KeySchema = SchemaMapper.KeySchema(i.PartitionKey, i.SortKey),
                Projection = SchemaMapper.Projection(i.Projection),
            }).ToList();
        }

        var globals = schema.GlobalIndexes.ToList();
        if (globals.Count > 0)
        {
            details.GlobalSecondaryIndexes = globals.Select(i => new GlobalSecondaryIndexInfo
            {
                IndexName = i.Name,
                KeySchema = SchemaMapper.KeySchema(i.PartitionKey, i.SortKey),
                Projection = SchemaMapper.Projection(i.Projection),
                ProvisionedThroughput = SchemaMapper.Throughput(i.Throughput ?? Throughput.Zero),
                OnDemandThroughput = SchemaMapper.OnDemand(i.OnDemand),
            }).ToList();
        }

        return details;
    }
}
