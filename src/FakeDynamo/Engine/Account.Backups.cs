using FakeDynamo.Backups;
using FakeDynamo.Errors;
using FakeDynamo.Quotas;

namespace FakeDynamo.Engine;

/// <summary>On-demand backups: the catalogue, CreateBackup admission, lookups, deletion and restores.</summary>
internal sealed partial class Account
{
    private readonly BackupCatalog _backups = new();
    private ClockWindowRateLimiter? _createBackupLimiter;

    /// <summary>The backup catalogue. Use under <see cref="Gate"/>.</summary>
    public BackupCatalog Backups => _backups;

    /// <summary>
    /// CreateBackup after shape validation. <paramref name="tableNameAsSent"/> (a name or a table ARN) is echoed in
    /// errors as sent. The new backup is CREATING until options.BackupCreateDelay has passed.
    /// </summary>
    public Backup CreateBackup(string tableNameAsSent, string backupName)
    {
        lock (Gate)
        {
            var now = Now;
            var table = FindTable(tableNameAsSent, now);
            switch (table?.StatusAt(now))
            {
                case null or TableStatus.Creating:
                    // A CREATING table (restore targets included) is "not found" to CreateBackup (backup-api §5).
                    throw DynamoErrors.TableNotFound(tableNameAsSent);
                case TableStatus.Deleting:
                    throw DynamoErrors.TableInUseDeleting(tableNameAsSent);
            }

            if (BackupsBeingEnabled(table, now))
            {
                throw DynamoErrors.ContinuousBackupsUnavailable(tableNameAsSent);
            }

            // Only an admissible call spends a permit: a failed call changes nothing.
            CheckCreateBackupRate(now);

            var backup = BackupBuilder.User(this, table, backupName, now);
            _backups.Add(backup);
            return backup;
        }
    }

    /// <summary>The backup named by a BackupArn member, or BackupNotFound with the ARN as sent.</summary>
    public Backup FindBackup(string arnAsSent)
    {
        var arn = ParseBackupArn(arnAsSent);
        lock (Gate)
        {
            return FindBackupLocked(arn, arnAsSent, Now);
        }
    }

    /// <summary>
    /// ListBackups: live backups in creation order, filtered; the page and, when more may follow, the last ARN of the
    /// page (absent when the page reaches the end, even if it is exactly full — backup-api §7).
    /// </summary>
    public (IReadOnlyList<Backup> Page, string? LastEvaluated) ListBackups(BackupListQuery query)
    {
        if (query.ExclusiveStart is { } start && start.Region != Region)
        {
            throw DynamoErrors.CursorRegionMismatch();
        }

        lock (Gate)
        {
            var now = Now;
            var tableName = query.TableNameOrArn is null ? null : ResolveTableName(query.TableNameOrArn) ?? string.Empty;
            var matches = _backups.InOrder(now, query.ExclusiveStart?.CreationMilliseconds, query.ExclusiveStartAsSent)
                .Where(b => tableName is null || b.Source.Name == tableName)
                .Where(b => query.Kinds.Contains(b.Kind))
                .Where(b => query.LowerBound is not { } lower || b.CreatedAt >= lower)
                .Where(b => query.UpperBound is not { } upper || b.CreatedAt < upper);
            var limit = query.Limit ?? int.MaxValue;
            var page = matches.Take(limit == int.MaxValue ? limit : limit + 1).ToList();
            if (page.Count > limit)
            {
                page.RemoveAt(page.Count - 1);
                return (page, page[^1].Arn);
            }

            return (page, null);
        }
    }

    /// <summary>DeleteBackup: gone at once; refused for SYSTEM backups, backups still CREATING or feeding a restore.</summary>
    public Backup DeleteBackup(string arnAsSent)
    {
        var arn = ParseBackupArn(arnAsSent);
        lock (Gate)
        {
            var now = Now;
            var backup = FindBackupLocked(arn, arnAsSent, now);
            if (backup.Kind == BackupKind.System)
            {
                throw DynamoErrors.SystemBackupNotDeletable(backup.Arn, backup.ExpiresAt!.Value);
            }

            if (!backup.IsAvailable(now))
            {
                throw DynamoErrors.BackupBeingCreated(arnAsSent);
            }

            if (RestoreFeedingFrom(backup.Arn, now) is not null)
            {
                throw DynamoErrors.BackupUsedByRestore(arnAsSent);
            }

            _backups.Remove(backup);
            return backup;
        }
    }

    /// <summary>
    /// RestoreTableFromBackup after shape validation: a new table incarnation whose store starts from the backup's
    /// content (O(1), shared structure, independent afterwards), CREATING for options.RestoreDelay.
    /// <paramref name="plan"/> turns the backup's schema into the target's (overrides, not-carried settings) and may
    /// throw the override validation errors.
    /// </summary>
    public Table RestoreTableFromBackup(string targetName, string arnAsSent, Func<Backup, TableSchema> plan)
    {
        var arn = ParseBackupArn(arnAsSent);
        lock (Gate)
        {
            var now = Now;
            var backup = FindBackupLocked(arn, arnAsSent, now);
            if (!backup.IsAvailable(now))
            {
                throw DynamoErrors.BackupBeingCreated(arnAsSent);
            }

            var schema = plan(backup);
            AdmitRestoreTarget(targetName, now);
            if (RestoreFeedingFrom(backup.Arn, now) is not null)
            {
                throw DynamoErrors.BackupUsedByAnotherRestore(arnAsSent);
            }

            CheckRestoreQuotas(now);
            return StartRestore(targetName, schema, backup.Content.Resolve(now), new RestoreInfo(backup.Arn, backup.Source.Arn, backup.CreatedAt), now);
        }
    }

    /// <summary>
    /// Restores count against the concurrent-restore quota (50, backup-api §12) and, as they create a table, against
    /// the table-operation quotas. The "one table with indexes CREATING" rule is CreateTable's and is not applied here.
    /// Call under <see cref="Gate"/>.
    /// </summary>
    public void CheckRestoreQuotas(DateTimeOffset now)
    {
        var restoring = LiveTables(now).Count(t => t.Restore is { } r && r.InProgress(t, now));
        if (restoring >= Options.Quotas.MaxConcurrentRestores)
        {
            throw DynamoErrors.TooManyRestores(Options.Quotas.MaxConcurrentRestores);
        }

        CheckTableQuotas(now, createsTable: true, withIndexes: false);
    }

    private BackupArn ParseBackupArn(string arnAsSent)
    {
        var arn = BackupArn.Parse(arnAsSent, Region);
        return arn.AccountId == AccountId ? arn : throw DynamoErrors.AccessDenied();
    }

    private Backup FindBackupLocked(BackupArn arn, string arnAsSent, DateTimeOffset now) =>
        arn.Region == Region && _backups.Find(arnAsSent, now) is { } backup ? backup : throw DynamoErrors.BackupNotFound(arnAsSent);

    /// <summary>The restore target still CREATING from <paramref name="backupArn"/>, if any. Call under <see cref="Gate"/>.</summary>
    private Table? RestoreFeedingFrom(string backupArn, DateTimeOffset now) =>
        LiveTables(now).FirstOrDefault(t => t.Restore is { } r && r.SourceBackupArn == backupArn && r.InProgress(t, now));

    private void CheckCreateBackupRate(DateTimeOffset now)
    {
        if (Options.Quotas.CreateBackupCallsPerSecond is not { } limit)
        {
            return;
        }

        _createBackupLimiter ??= new ClockWindowRateLimiter(limit);
        if (!_createBackupLimiter.TryAcquire(now))
        {
            throw DynamoErrors.TooManyCreateBackupCalls(limit);
        }
    }
}
