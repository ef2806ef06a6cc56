using FakeDynamo.Engine;

namespace FakeDynamo.Backups;

/// <summary>BackupType as the service spells it (AWS_BACKUP backups are never made by DynamoDB itself).</summary>
internal enum BackupKind
{
    User,
    System,
}

/// <summary>
/// The identity of the table a backup was taken from, as recorded at backup time (SourceTableDetails). The table may
/// since have been deleted or recreated as another incarnation (another <see cref="Id"/>).
/// </summary>
internal sealed record SourceTable(string Name, string Arn, Guid Id, DateTimeOffset CreatedAt, string? TimeToLiveAttribute);

/// <summary>
/// One backup: a time marker, the source's identity and schema at that time (an immutable <see cref="TableSchema"/>
/// instance, shared, not copied) and its content (a reference to an immutable store version). Memory per backup is
/// these references only. Its status is computed from the clock when read.
/// </summary>
internal sealed class Backup
{
    public Backup(string arn, string name, BackupKind kind, DateTimeOffset createdAt, DateTimeOffset availableAt, DateTimeOffset? expiresAt, SourceTable source, TableSchema schema, BackupContent content)
    {
        Arn = arn;
        Name = name;
        Kind = kind;
        CreatedAt = createdAt;
        AvailableAt = availableAt;
        ExpiresAt = expiresAt;
        Source = source;
        Schema = schema;
        Content = content;
    }

    public string Arn { get; }

    public string Name { get; }

    public BackupKind Kind { get; }

    /// <summary>The time marker and BackupCreationDateTime, at millisecond precision (the ARN carries the same milliseconds).</summary>
    public DateTimeOffset CreatedAt { get; }

    /// <summary>When CREATING ends (CreatedAt + options.BackupCreateDelay).</summary>
    public DateTimeOffset AvailableAt { get; }

    /// <summary>SYSTEM backups expire (35 days after creation, backup-api §4.1); USER backups never do.</summary>
    public DateTimeOffset? ExpiresAt { get; }

    public SourceTable Source { get; }

    /// <summary>The table's schema at backup time (key schema, indexes, billing, throughput, stream, SSE).</summary>
    public TableSchema Schema { get; }

    public BackupContent Content { get; }

    public bool IsAvailable(DateTimeOffset now) => now >= AvailableAt;

    public bool IsExpired(DateTimeOffset now) => ExpiresAt is { } expires && now >= expires;
}
