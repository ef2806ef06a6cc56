using FakeDynamo.Backups;

namespace FakeDynamo.Engine;

/// <summary>
/// History retention: a table's changelog and snapshots are kept only as far back as something can still ask for
/// them — the PITR window's Earliest (or nothing before now when PITR is disabled), and, in backup uncertainty mode,
/// the recent minute and the window of each backup whose content is not fixed yet. Trimming runs every
/// <see cref="TrimInterval"/> changes (deterministic, amortised O(1) per write) and when PITR is disabled, so memory
/// is bounded by what the window holds, and a point-in-time restore costs a snapshot lookup plus at most a snapshot
/// interval of replays, whatever the table's age.
/// </summary>
internal sealed partial class Account
{
    /// <summary>Changes between two trims of one table.</summary>
    internal const int TrimInterval = 1024;

    /// <summary>
    /// Call after committing writes to <paramref name="table"/>'s store, without holding its write gate (the gate
    /// order is account gate, then store gate). Cheap unless a trim is due.
    /// </summary>
    public void AfterCommit(Table table)
    {
        if (table.Store.Current.Sequence - table.TrimmedAtSequence < TrimInterval)
        {
            return;
        }

        lock (Gate)
        {
            TrimHistory(table, Now);
        }
    }

    /// <summary>Forgets the history of <paramref name="table"/> that nothing can ask for any more. Call under <see cref="Gate"/>.</summary>
    public void TrimHistory(Table table, DateTimeOffset now)
    {
        table.TrimmedAtSequence = table.Store.Current.Sequence;
        // Disabled: whole seconds, so a window opened later this second (Earliest = the enable second) finds its start.
        var horizon = WindowOf(table, now)?.Earliest ?? PointInTimeWindow.WholeSeconds(now);
        if (Options.BackupUncertaintyWindow)
        {
            // A backup taken now reads the minute before its marker (UncertainContent.Start).
            horizon = Min(horizon, now - UncertainContent.Window);
            foreach (var backup in _backups.InOrder(now))
            {
                if (backup.Content is not UncertainContent pending || !ReferenceEquals(pending.PendingStore, table.Store))
                {
                    continue;
                }

                // Once its window has closed the content is determined: fix it so it stops pinning history.
                if (now >= pending.Marker + UncertainContent.Window)
                {
                    pending.Resolve(now);
                }
                else
                {
                    horizon = Min(horizon, pending.Marker - UncertainContent.Window);
                }
            }
        }

        table.Store.Trim(horizon);
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
