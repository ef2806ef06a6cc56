namespace FakeDynamo.Backups;

/// <summary>
/// The account's backups, USER and SYSTEM, ordered by creation time (then ARN) — the order ListBackups pages in
/// (backup-api §7). Backups outlive their table. Expired SYSTEM backups disappear when the catalogue is read.
/// Not thread-safe: call under the account's gate.
/// </summary>
internal sealed class BackupCatalog
{
    private readonly Dictionary<string, Backup> _byArn = new(StringComparer.Ordinal);
    private readonly SortedSet<Backup> _ordered = new(CreationOrder.Instance);

    public int Count => _byArn.Count;

    public void Add(Backup backup)
    {
        _byArn.Add(backup.Arn, backup);
        _ordered.Add(backup);
    }

    /// <summary>The backup with exactly this ARN, or null (also once expired).</summary>
    public Backup? Find(string arn, DateTimeOffset now)
    {
        if (!_byArn.TryGetValue(arn, out var backup))
        {
            return null;
        }

        if (backup.IsExpired(now))
        {
            Remove(backup);
            return null;
        }

        return backup;
    }

    public void Remove(Backup backup)
    {
        _byArn.Remove(backup.Arn);
        _ordered.Remove(backup);
    }

    /// <summary>
    /// Live backups in creation order strictly after the position (<paramref name="afterMilliseconds"/>,
    /// <paramref name="afterArn"/>) — a pure position cursor, so a deleted or unknown ARN still resumes at its place.
    /// </summary>
    public IEnumerable<Backup> InOrder(DateTimeOffset now, long? afterMilliseconds = null, string? afterArn = null)
    {
        foreach (var expired in _ordered.Where(b => b.IsExpired(now)).ToList())
        {
            Remove(expired);
        }

        foreach (var backup in _ordered)
        {
            if (afterMilliseconds is { } ms && CreationOrder.Compare(backup, ms, afterArn!) <= 0)
            {
                continue;
            }

            yield return backup;
        }
    }

    private sealed class CreationOrder : IComparer<Backup>
    {
        public static readonly CreationOrder Instance = new();

        public static int Compare(Backup backup, long milliseconds, string arn)
        {
            var byTime = backup.CreatedAt.ToUnixTimeMilliseconds().CompareTo(milliseconds);
            return byTime != 0 ? byTime : string.CompareOrdinal(backup.Arn, arn);
        }

        public int Compare(Backup? x, Backup? y) => Compare(x!, y!.CreatedAt.ToUnixTimeMilliseconds(), y.Arn);
    }
}
