using FakeDynamo.Errors;

namespace FakeDynamo.Engine;

/// <summary>Continuous backups: the PITR switch, its window, and the table's history retention.</summary>
internal sealed partial class Account
{
    /// <summary>
    /// A table the backup family may use: missing or CREATING → TableNotFound with the name as sent; DELETING is
    /// treated as gone (the service accepts it only in the first ~1 s of DELETING, backup-api §4, §11).
    /// Call under <see cref="Gate"/>.
    /// </summary>
    public Table BackupSourceTable(string nameOrArn, DateTimeOffset now)
    {
        var table = FindTable(nameOrArn, now);
        return table is null || table.StatusAt(now) is TableStatus.Creating or TableStatus.Deleting
            ? throw DynamoErrors.TableNotFound(nameOrArn)
            : table;
    }

    /// <summary>Whether backups are still "being enabled": the configured window right after the table turned ACTIVE.</summary>
    public bool BackupsBeingEnabled(Table table, DateTimeOffset now) => now < table.ActiveAt + Options.BackupsEnablingWindow;

    public Table DescribeContinuousBackups(string nameOrArn)
    {
        lock (Gate)
        {
            return BackupSourceTable(nameOrArn, Now);
        }
    }

    /// <summary>Enables (idempotently) or disables PITR; returns the table.</summary>
    public Table UpdateContinuousBackups(string nameOrArn, bool enabled, int? recoveryPeriodDays)
    {
        lock (Gate)
        {
            var now = Now;
            var table = BackupSourceTable(nameOrArn, now);
            if (BackupsBeingEnabled(table, now))
            {
                throw DynamoErrors.ContinuousBackupsUnavailable(nameOrArn);
            }

            if (!enabled)
            {
                table.PitrEnabledAt = null;
                table.PitrRecoveryPeriodDays = 35;
                table.PitrWindowFloor = null;
                TrimHistory(table, now); // nothing can ask for the past any more
                return table;
            }

            // Re-enabling keeps the original start (and so Earliest) and the current period unless one is given;
            // disabling reset the period to the default of 35 days.
            if (table.PitrEnabledAt is null)
            {
                table.PitrEnabledAt = now;
            }
            else if (recoveryPeriodDays > table.PitrRecoveryPeriodDays)
            {
                // Lengthening takes effect as the window refills (backup-api §11): Earliest does not jump back over
                // history the shorter period had already given up (and that retention may have trimmed).
                var givenUp = now - TimeSpan.FromDays(table.PitrRecoveryPeriodDays);
                table.PitrWindowFloor = table.PitrWindowFloor is { } floor && floor > givenUp ? floor : givenUp;
            }

            table.PitrRecoveryPeriodDays = recoveryPeriodDays ?? table.PitrRecoveryPeriodDays;
            return table;
        }
    }

    /// <summary>The restorable window now, or null when PITR is disabled.</summary>
    public PointInTimeWindow? WindowOf(Table table, DateTimeOffset now) =>
        table.PitrEnabledAt is { } enabledAt
            ? PointInTimeWindow.For(table.PitrWindowFloor is { } floor && floor > enabledAt ? floor : enabledAt, table.PitrRecoveryPeriodDays, now)
            : null;
}
