namespace FakeDynamo.Engine;

/// <summary>A key attribute: name and scalar type ('S', 'N' or 'B').</summary>
internal sealed record KeyAttribute(string Name, char Type)
{
    public string TypeName => Type.ToString();
}

/// <summary>Provisioned read and write capacity units.</summary>
internal sealed record Throughput(long Read, long Write)
{
    public static readonly Throughput Zero = new(0, 0);
}

/// <summary>On-demand maxima (MaxReadRequestUnits / MaxWriteRequestUnits).</summary>
internal sealed record OnDemandLimits(long? MaxRead, long? MaxWrite);

/// <summary>An index projection: ALL, KEYS_ONLY or INCLUDE with its non-key attributes.</summary>
internal sealed record IndexProjection(string Type, IReadOnlyList<string> NonKeyAttributes);

/// <summary>A secondary index definition (global or local).</summary>
internal sealed record IndexDefinition(
    string Name,
    bool IsGlobal,
    KeyAttribute PartitionKey,
    KeyAttribute? SortKey,
    IndexProjection Projection,
    Throughput? Throughput,
    OnDemandLimits? OnDemand);

/// <summary>Stream settings (StreamSpecification).</summary>
internal sealed record StreamSettings(bool Enabled, string? ViewType);

/// <summary>Server-side encryption settings. Enabled=false (or absent) means the AWS-owned key: no SSEDescription.</summary>
internal sealed record SseSettings(bool Enabled, string? SseType, string? KmsKeyArn);

/// <summary>Billing modes as the service spells them.</summary>
internal static class BillingModes
{
    public const string Provisioned = "PROVISIONED";
    public const string PayPerRequest = "PAY_PER_REQUEST";
}

/// <summary>
/// Everything that defines a table apart from its items and lifecycle. Immutable: an update replaces it, and a
/// backup keeps the instance it saw.
/// </summary>
internal sealed record TableSchema(
    KeyAttribute PartitionKey,
    KeyAttribute? SortKey,
    IReadOnlyList<KeyAttribute> AttributeDefinitions,
    IReadOnlyList<IndexDefinition> Indexes,
    string BillingMode,
    Throughput Throughput,
    OnDemandLimits? OnDemand,
    StreamSettings? Stream,
    SseSettings? Sse,
    string TableClass,
    bool DeletionProtection)
{
    public IEnumerable<IndexDefinition> GlobalIndexes => Indexes.Where(i => i.IsGlobal);

    public IEnumerable<IndexDefinition> LocalIndexes => Indexes.Where(i => !i.IsGlobal);

    public bool HasIndexes => Indexes.Count > 0;

    public IndexDefinition? FindIndex(string name) => Indexes.FirstOrDefault(i => i.Name == name);
}
