using Amazon.DynamoDBv2.Model;
using FakeDynamo.Backups;
using FakeDynamo.Engine;
using FakeDynamo.Errors;

namespace FakeDynamo.Validation;

/// <summary>
/// Shape validation of the on-demand backup requests (service model constraints, backup-api §2), before any state is
/// read. Every violation of a request is reported together in the service's envelope.
/// </summary>
internal static class BackupRequestValidation
{
    /// <summary>BackupTypeFilter values. The service's order in the message is unknown (backup-api §2.1): model order.</summary>
    public static readonly string[] BackupTypeFilters = ["USER", "SYSTEM", "AWS_BACKUP", "ALL"];

    // The override members are the table shapes: the same enum lists (and service order) as CreateTable's.
    private static readonly string[] BillingModeValues = SchemaShapeValidation.BillingModeValues;
    private static readonly string[] SseTypes = SchemaShapeValidation.SseTypes;
    private static readonly string[] KeyTypes = SchemaShapeValidation.KeyTypes;
    private static readonly string[] ProjectionTypes = SchemaShapeValidation.ProjectionTypes;

    /// <summary>CreateBackup: TableName (shape TableArn: 1–1024, no pattern) and BackupName (3–255, pattern).</summary>
    public static void CreateBackup(CreateBackupRequest request)
    {
        var report = new ValidationReport();
        report.NotNull(request.TableName, "tableName");
        report.Length(request.TableName, "tableName", 1, 1024);

        // Observed order for BackupName='' is pattern first, then length (backup-api §2.1, [L]).
        report.NotNull(request.BackupName, "backupName");
        report.NamePattern(request.BackupName, "backupName");
        report.Length(request.BackupName, "backupName", 3, 255);
        report.ThrowIfAny();
    }

    /// <summary>DescribeBackup / DeleteBackup: BackupArn required, at most 1024 (shorter malformed values are "Invalid Backup ARN").</summary>
    public static void BackupArnMember(string? backupArn)
    {
        var report = new ValidationReport();
        report.NotNull(backupArn, "backupArn");
        report.Length(backupArn, "backupArn", 0, 1024);
        report.ThrowIfAny();
    }

    /// <summary>
    /// ListBackups: every member optional (backup-api §7). Returns the BackupType, USER when absent. The value is
    /// compared case-sensitively as the service does on the wire (data-plane §1.3); a direct call's value was already
    /// interned by the SDK's marshalling (<c>new BackupTypeFilter("user")</c> is sent as <c>USER</c>, backup-api §1).
    /// </summary>
    public static string ListBackups(ListBackupsRequest request)
    {
        var type = request.BackupType?.Value;
        var report = new ValidationReport();
        report.Length(request.TableName, "tableName", 1, 1024);
        report.Range(request.Limit, "limit", 1, 100);
        report.Length(request.ExclusiveStartBackupArn, "exclusiveStartBackupArn", 37, 1024);
        report.Enum(type, "backupType", BackupTypeFilters);
        report.ThrowIfAny();
        return type ?? "USER";
    }

    /// <summary>RestoreTableFromBackup: target name, backup ARN and the override shapes (backup-api §2.1, §2.2, §9).</summary>
    public static void RestoreTableFromBackup(RestoreTableFromBackupRequest request)
    {
        // TargetTableName '' gives the legacy length text rather than the envelope (backup-api §2.2, [L]).
        if (request.TargetTableName is { Length: < 3 or > 255 })
        {
            throw DynamoErrors.TableNameLength();
        }

        var report = new ValidationReport();
        report.NotNull(request.TargetTableName, "targetTableName");
        report.NamePattern(request.TargetTableName, "targetTableName");
        report.NotNull(request.BackupArn, "backupArn");
        report.Length(request.BackupArn, "backupArn", 0, 1024);
        Overrides(report, RestoreOverrides.From(request));
        report.ThrowIfAny();
    }

    /// <summary>
    /// The override shapes shared by both restores (backup-api §2.1, §9, §10), added to <paramref name="report"/> with
    /// the service's member paths.
    /// </summary>
    public static void Overrides(ValidationReport report, RestoreOverrides overrides)
    {
        report.Enum(overrides.BillingMode, "billingModeOverride", BillingModeValues);
        if (overrides.ProvisionedThroughput is { } throughput)
        {
            Throughput(report, throughput, "provisionedThroughputOverride");
        }

        for (var i = 0; i < (overrides.GlobalSecondaryIndexes?.Count ?? 0); i++)
        {
            var index = overrides.GlobalSecondaryIndexes![i];
            var path = $"globalSecondaryIndexOverride.{i + 1}.member";
            Index(report, index.IndexName, index.KeySchema, index.Projection, path);
            if (index.ProvisionedThroughput is { } indexThroughput)
            {
                Throughput(report, indexThroughput, path + ".provisionedThroughput");
            }
        }

        for (var i = 0; i < (overrides.LocalSecondaryIndexes?.Count ?? 0); i++)
        {
            var index = overrides.LocalSecondaryIndexes![i];
            Index(report, index.IndexName, index.KeySchema, index.Projection, $"localSecondaryIndexOverride.{i + 1}.member");
        }

        if (overrides.Sse is { } sse)
        {
            report.Enum(sse.SSEType?.Value, "sSESpecificationOverride.sSEType", SseTypes);
            report.Length(sse.KMSMasterKeyId, "sSESpecificationOverride.kMSMasterKeyId", 1, 2048);
        }

    }

    private static void Throughput(ValidationReport report, ProvisionedThroughput throughput, string path)
    {
        // Observed order: writeCapacityUnits before readCapacityUnits (backup-api §2.1, [L]).
        report.NotNull(throughput.WriteCapacityUnits, path + ".writeCapacityUnits");
        report.NotNull(throughput.ReadCapacityUnits, path + ".readCapacityUnits");
        report.Range(throughput.WriteCapacityUnits, path + ".writeCapacityUnits", 1, long.MaxValue);
        report.Range(throughput.ReadCapacityUnits, path + ".readCapacityUnits", 1, long.MaxValue);
    }

    private static void Index(ValidationReport report, string? name, List<KeySchemaElement>? keySchema, Projection? projection, string path)
    {
        report.NotNull(name, path + ".indexName");
        report.Length(name, path + ".indexName", 3, 255);
        report.NamePattern(name, path + ".indexName");
        report.NotNull(keySchema, path + ".keySchema");
        report.NotNull(projection, path + ".projection");
        for (var k = 0; k < (keySchema?.Count ?? 0); k++)
        {
            report.NotNull(keySchema![k].AttributeName, $"{path}.keySchema.{k + 1}.member.attributeName");
            report.NotNull(keySchema[k].KeyType?.Value, $"{path}.keySchema.{k + 1}.member.keyType");
            report.Enum(keySchema[k].KeyType?.Value, $"{path}.keySchema.{k + 1}.member.keyType", KeyTypes);
        }

        report.Enum(projection?.ProjectionType?.Value, path + ".projection.projectionType", ProjectionTypes);
    }
}
