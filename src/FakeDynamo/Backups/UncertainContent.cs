using FakeDynamo.Storage;

namespace FakeDynamo.Backups;

/// <summary>
/// A backup that honours the service's documented guarantee literally (backup-api §4 "time marker"): everything
/// committed before marker − 1 min is in it, nothing committed after marker + 1 min is, and each change committed in
/// between is in or out by a reproducible coin flip (a hash of the options' seed, the backup ARN and the change's
/// sequence number — independent of when it is asked). Changes before the marker are decided at creation; changes
/// after it are only known later, so they are read from the table's changelog when the content is first resolved
/// (at most marker + 1 min; a restore earlier than that fixes the content with what has happened so far).
/// </summary>
internal sealed class UncertainContent : BackupContent
{
    /// <summary>The documented window either side of the marker (CreateBackup API reference, backup-api §4).</summary>
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    private readonly object _gate = new();
    private readonly DateTimeOffset _marker;
    private readonly ulong _salt;
    private readonly StoreState _upToMarker;
    private ItemStore? _store;
    private StoreState? _final;

    private UncertainContent(ItemStore store, DateTimeOffset marker, ulong salt, StoreState upToMarker)
    {
        _store = store;
        _marker = marker;
        _salt = salt;
        _upToMarker = upToMarker;
    }

    /// <summary>The backup's time marker.</summary>
    public DateTimeOffset Marker => _marker;

    /// <summary>The store whose changelog this content still needs, or null once the content is fixed.</summary>
    public ItemStore? PendingStore
    {
        get
        {
            lock (_gate)
            {
                return _store;
            }
        }
    }

    /// <summary>Starts the content of a backup taken at <paramref name="marker"/> of <paramref name="store"/>.</summary>
    public static UncertainContent Start(ItemStore store, DateTimeOffset marker, int? seed, string backupArn)
    {
        var salt = Fnv1a(backupArn) ^ (ulong)(uint)(seed ?? 0);
        var state = store.StateAt(marker - Window);
        foreach (var change in store.ChangesBetween(marker - Window, marker))
        {
            if (Includes(salt, change.Sequence))
            {
                state = state.With(change.Key, change.New, change.Sequence);
            }
        }

        return new UncertainContent(store, marker, salt, state);
    }

    public override StoreState Preview(DateTimeOffset now)
    {
        // Once the window has closed the content is determined: fix it and let the changelog go.
        if (now >= _marker + Window)
        {
            return Resolve(now);
        }

        lock (_gate)
        {
            return _final ?? Build(now);
        }
    }

    public override StoreState Resolve(DateTimeOffset now)
    {
        lock (_gate)
        {
            if (_final is null)
            {
                _final = Build(now);
                _store = null; // the changelog is no longer needed
            }

            return _final;
        }
    }

    private StoreState Build(DateTimeOffset now)
    {
        var state = _upToMarker;
        var upTo = now < _marker + Window ? now : _marker + Window;
        if (_store is null || upTo <= _marker)
        {
            return state;
        }

        foreach (var change in _store.ChangesBetween(_marker, upTo))
        {
            if (Includes(_salt, change.Sequence))
            {
                state = state.With(change.Key, change.New, change.Sequence);
            }
        }

        return state;
    }

    private static bool Includes(ulong salt, long sequence)
    {
        // SplitMix64 finalizer: a well-mixed, platform-independent bit per (backup, change).
        var z = salt + ((ulong)sequence * 0x9E3779B97F4A7C15UL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return ((z ^ (z >> 31)) & 1) == 1;
    }

    private static ulong Fnv1a(string text)
    {
        // string.GetHashCode is randomized per process; FNV-1a is stable across runs.
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash;
    }
}
