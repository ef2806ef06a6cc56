using FakeDynamo.Engine;
using FakeDynamo.Mapping;

namespace FakeDynamo.Backups;

/// <summary>
/// Makes the <see cref="Backup"/> of a table at an instant: O(1) whatever the table's size — it keeps a reference to
/// the current immutable store version (exact mode) or starts an <see cref="UncertainContent"/> (options.
/// BackupUncertaintyWindow), plus the table's immutable schema instance and its identity.
/// </summary>
internal static class BackupBuilder
{
    /// <summary>SYSTEM backups expire 35 days after creation (backup-api §4.1, High).</summary>
    public static readonly TimeSpan SystemBackupLifetime = TimeSpan.FromDays(35);

    /// <summary>The SYSTEM backup name of a deleted table (backup-api §3.2, §4.1).</summary>
    public static string SystemBackupName(string tableName) => $"{tableName}$DeletedTableBackup";

    /// <summary>A USER backup (CreateBackup) taken at <paramref name="now"/>; CREATING for options.BackupCreateDelay.</summary>
    public static Backup User(Account account, Table table, string name, DateTimeOffset now)
    {
        var createdAt = Timestamps.ToMilliseconds(now);
        var arn = BackupArn.Format(account.ArnPrefix, table.Name, createdAt, account.Ids.NewBackupSuffix());
        return new Backup(arn, name, BackupKind.User, createdAt, createdAt + account.Options.BackupCreateDelay, null, SourceOf(table), table.Schema, ContentOf(account, table, now, arn));
    }

    /// <summary>
    /// The SYSTEM backup DeleteTable makes of a PITR-enabled table (backup-api §4.1): name <c>&lt;table&gt;$DeletedTableBackup</c>,
    /// ARN suffix <c>-00000000</c>, AVAILABLE at once, expiring after 35 days. Its content is the table just before deletion.
    /// </summary>
    public static Backup System(Account account, Table table, DateTimeOffset now)
    {
        var createdAt = Timestamps.ToMilliseconds(now);
        var arn = BackupArn.Format(account.ArnPrefix, table.Name, createdAt, BackupArn.SystemSuffix);
        return new Backup(arn, SystemBackupName(table.Name), BackupKind.System, createdAt, createdAt, createdAt + SystemBackupLifetime, SourceOf(table), table.Schema, BackupContent.Exact(table.Store.Current));
    }

    private static SourceTable SourceOf(Table table) =>
        new(table.Name, table.Arn, table.Id, table.CreatedAt, table.TimeToLiveAttribute);

    private static BackupContent ContentOf(Account account, Table table, DateTimeOffset now, string arn) =>
        account.Options.BackupUncertaintyWindow
            ? UncertainContent.Start(table.Store, now, account.Options.Seed, arn)
            : BackupContent.Exact(table.Store.Current);
}
