namespace FakeDynamo.Engine;

/// <summary>
/// The restorable window of a PITR-enabled table, in whole seconds (backup-api §11): right after enabling both ends
/// equal the enable time; Latest = max(enable, now − 5 min); Earliest = max(enable, now − RecoveryPeriodInDays).
/// </summary>
internal readonly record struct PointInTimeWindow(DateTimeOffset Earliest, DateTimeOffset Latest)
{
    /// <summary>How far behind the present the latest restorable time stays (backup-api §11).</summary>
    public static readonly TimeSpan LatestLag = TimeSpan.FromMinutes(5);

    public static PointInTimeWindow For(DateTimeOffset enabledAt, int recoveryPeriodDays, DateTimeOffset now)
    {
        var enabled = WholeSeconds(enabledAt);
        var latest = Max(enabled, WholeSeconds(now - LatestLag));
        var earliest = Max(enabled, WholeSeconds(now - TimeSpan.FromDays(recoveryPeriodDays)));
        return new PointInTimeWindow(Min(earliest, latest), latest);
    }

    public bool Contains(DateTimeOffset instant) => instant >= Earliest && instant <= Latest;

    public static DateTimeOffset WholeSeconds(DateTimeOffset instant) =>
        DateTimeOffset.FromUnixTimeSeconds(instant.ToUnixTimeSeconds());

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
