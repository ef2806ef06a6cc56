using Amazon.DynamoDBv2.Model;

namespace FakeDynamo.Backups;

/// <summary>
/// The override members shared by RestoreTableFromBackup and RestoreTableToPointInTime (backup-api §9, §10: "same
/// overrides"), so one <see cref="RestorePlanner"/> and one override shape check serve both restores. Built from the
/// shape-validated request; the planner only reads it.
/// </summary>
internal sealed record RestoreOverrides(
    string? BillingMode,
    ProvisionedThroughput? ProvisionedThroughput,
    OnDemandThroughput? OnDemandThroughput,
    List<GlobalSecondaryIndex>? GlobalSecondaryIndexes,
    List<LocalSecondaryIndex>? LocalSecondaryIndexes,
    SSESpecification? Sse)
{
    public static RestoreOverrides From(RestoreTableFromBackupRequest request) =>
        new(request.BillingModeOverride?.Value, request.ProvisionedThroughputOverride, request.OnDemandThroughputOverride,
            request.GlobalSecondaryIndexOverride, request.LocalSecondaryIndexOverride, request.SSESpecificationOverride);

    public static RestoreOverrides From(RestoreTableToPointInTimeRequest request) =>
        new(request.BillingModeOverride?.Value, request.ProvisionedThroughputOverride, request.OnDemandThroughputOverride,
            request.GlobalSecondaryIndexOverride, request.LocalSecondaryIndexOverride, request.SSESpecificationOverride);
}
