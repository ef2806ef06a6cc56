namespace FakeDynamo.Backups;

/// <summary>
/// A validated ListBackups request (backup-api §7): table filter as sent (name or ARN; null = all tables), which
/// backup kinds to list (none for AWS_BACKUP), the creation-time range (lower inclusive, upper exclusive, to the
/// millisecond), the page size (null = no limit) and the cursor.
/// </summary>
internal sealed record BackupListQuery(
    string? TableNameOrArn,
    IReadOnlySet<BackupKind> Kinds,
    DateTimeOffset? LowerBound,
    DateTimeOffset? UpperBound,
    int? Limit,
    BackupArn? ExclusiveStart,
    string? ExclusiveStartAsSent);
