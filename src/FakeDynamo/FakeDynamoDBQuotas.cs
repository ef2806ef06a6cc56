namespace FakeDynamo;

/// <summary>
/// Account-level quotas the fake enforces. The defaults are the values in the documents FakeDynamo started from
/// (the CreateBackup API reference): 10 simultaneous table operations, one table with secondary indexes in
/// CREATING at a time, 250 tables, 50 CreateBackup calls per second, 50 simultaneous restores.
/// <see cref="CurrentServiceValues"/> gives today's service values instead.
/// </summary>
public sealed class FakeDynamoDBQuotas
{
    /// <summary>
    /// Simultaneous table operations (CreateTable, UpdateTable, DeleteTable, UpdateTimeToLive,
    /// RestoreTableFromBackup, RestoreTableToPointInTime) allowed per account. Default 10.
    /// </summary>
    public int MaxConcurrentTableOperations { get; set; } = 10;

    /// <summary>Tables with secondary indexes that may be CREATING at the same time. Default 1.</summary>
    public int MaxCreatingTablesWithIndexes { get; set; } = 1;

    /// <summary>Tables per account and region. Default 250.</summary>
    public int MaxTables { get; set; } = 250;

    /// <summary>CreateBackup calls allowed per second per account; <c>null</c> turns the limit off. Default 50.</summary>
    public int? CreateBackupCallsPerSecond { get; set; } = 50;

    /// <summary>Restores (from a backup or to a point in time) in progress at once per account. Default 50.</summary>
    public int MaxConcurrentRestores { get; set; } = 50;

    /// <summary>The quotas of the seed documents (the defaults of a new instance).</summary>
    public static FakeDynamoDBQuotas SeedDocumentValues => new();

    /// <summary>Today's service quotas: 500 simultaneous table operations (250 creating with indexes), 2,500 tables.</summary>
    public static FakeDynamoDBQuotas CurrentServiceValues => new()
    {
        MaxConcurrentTableOperations = 500,
        MaxCreatingTablesWithIndexes = 250,
        MaxTables = 2500,
    };

    internal FakeDynamoDBQuotas Copy() => (FakeDynamoDBQuotas)MemberwiseClone();
}
