namespace FakeDynamo.Engine;

/// <summary>A GSI to add: key attribute names (types come from the definitions), projection and capacity.</summary>
internal sealed record IndexCreate(string Name, string PartitionKey, string? SortKey, IndexProjection Projection, Throughput? Throughput, OnDemandLimits? OnDemand);

/// <summary>A GSI capacity change.</summary>
internal sealed record IndexCapacityChange(string Name, Throughput? Throughput, OnDemandLimits? OnDemand);

/// <summary>
/// An UpdateTable request as the engine sees it (no SDK types): every member null/empty when not requested. Built by
/// <c>Mapping/UpdateTableMapper</c> after shape validation.
/// </summary>
internal sealed record TableUpdate(
    string? BillingMode,
    Throughput? Throughput,
    OnDemandLimits? OnDemand,
    StreamSettings? Stream,
    bool StreamGiven,
    SseSettings? Sse,
    bool SseGiven,
    string? TableClass,
    bool? DeletionProtection,
    IReadOnlyList<KeyAttribute> AttributeDefinitions,
    IReadOnlyList<IndexCreate> Creates,
    IReadOnlyList<IndexCapacityChange> CapacityChanges,
    IReadOnlyList<string> Deletes)
{
    /// <summary>Whether the change puts the table in UPDATING (everything but a lone deletion-protection switch).</summary>
    public bool MakesTableUpdating =>
        BillingMode is not null || Throughput is not null || OnDemand is not null || StreamGiven || SseGiven || TableClass is not null ||
        Creates.Count > 0 || CapacityChanges.Count > 0 || Deletes.Count > 0;
}
