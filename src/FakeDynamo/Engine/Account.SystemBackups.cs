using FakeDynamo.Backups;

namespace FakeDynamo.Engine;

/// <summary>
/// SYSTEM backups (backup-api §4.1): DeleteTable of a table with PITR enabled keeps the table just before deletion as
/// <c>&lt;table&gt;$DeletedTableBackup</c> (the only way to recover a deleted table). The service makes it ~5–10 s
/// after DeleteTable; the fake makes it at the DeleteTable instant, AVAILABLE at once.
/// </summary>
internal sealed partial class Account
{
    partial void OnTableDeleting(Table table, DateTimeOffset now)
    {
        if (table.PitrEnabledAt is null)
        {
            return;
        }

        // Content: the current immutable store version (O(1)). Two deletions of same-named incarnations in one
        // millisecond would share the ARN (fixed suffix -00000000); the later one replaces the earlier.
        var backup = BackupBuilder.System(this, table, now);
        if (_backups.Find(backup.Arn, now) is { } clash)
        {
            _backups.Remove(clash);
        }

        _backups.Add(backup);
    }
}
