namespace FakeDynamo.Storage;

/// <summary>
/// A table's items over time: the current <see cref="StoreState"/>, the changelog of every committed write, and a
/// full snapshot every <see cref="SnapshotInterval"/> changes. The state at any retained instant is the last snapshot
/// at or before it with the changelog applied up to it, so reconstructing a point in time costs at most
/// <see cref="SnapshotInterval"/> replays whatever the table's age. Writes are serialized by <see cref="WriteGate"/>;
/// readers take <see cref="Current"/> and never block.
/// </summary>
internal sealed class ItemStore
{
    internal const int SnapshotInterval = 256;

    private readonly List<ChangeRecord> _changes = [];
    private readonly List<(DateTimeOffset At, StoreState State)> _snapshots = [];
    private volatile StoreState _current = StoreState.Empty;

    public ItemStore(DateTimeOffset createdAt) => _snapshots.Add((createdAt, StoreState.Empty));

    private ItemStore(StoreState initial, DateTimeOffset createdAt)
    {
        _current = initial;
        _snapshots.Add((createdAt, initial));
    }

    /// <summary>Hold this while reading-then-writing so that a condition and its write are one atomic step.</summary>
    public object WriteGate { get; } = new();

    public StoreState Current => _current;

    /// <summary>Retained change records (for tests and benchmarks).</summary>
    public int ChangeCount
    {
        get
        {
            lock (WriteGate)
            {
                return _changes.Count;
            }
        }
    }

    /// <summary>A new store whose items start as <paramref name="initial"/> (a restore: O(1), shares structure).</summary>
    public static ItemStore StartingFrom(StoreState initial, DateTimeOffset createdAt) => new(initial, createdAt);

    /// <summary>Commits writes as one atomic version. Call with <see cref="WriteGate"/> held.</summary>
    public StoreState Commit(IReadOnlyList<(PrimaryKey Key, Item? Item)> writes, DateTimeOffset now)
    {
        // The history is ordered by time; a custom TimeProvider that steps back must not break that order.
        if (_changes.Count > 0 && now < _changes[^1].Timestamp)
        {
            now = _changes[^1].Timestamp;
        }

        var state = _current;
        foreach (var (key, item) in writes)
        {
            var old = state.Get(key);
            var sequence = state.Sequence + 1;
            state = state.With(key, item, sequence);
            _changes.Add(new ChangeRecord(sequence, now, key, old, item));
            if (sequence % SnapshotInterval == 0)
            {
                _snapshots.Add((now, state));
            }
        }

        _current = state;
        return state;
    }

    /// <summary>
    /// Brings the current version's secondary indexes in line with <paramref name="schema"/> (UpdateTable adding or
    /// deleting a GSI): a new index is built from the current items at once, under the write gate, so no write is missed.
    /// History keeps its own indexes; readers of an older instant reconcile with <see cref="StoreState.WithIndexes"/>.
    /// </summary>
    public void Reindex(Engine.TableSchema schema)
    {
        lock (WriteGate)
        {
            _current = _current.WithIndexes(schema);
        }
    }

    /// <summary>Commits one write. Call with <see cref="WriteGate"/> held.</summary>
    public StoreState Commit(PrimaryKey key, Item? item, DateTimeOffset now) => Commit([(key, item)], now);

    /// <summary>
    /// The items as they were at <paramref name="instant"/> (everything committed at or before it), from the last
    /// snapshot at or before it plus the changelog. Instants older than the retained history give the oldest state kept.
    /// </summary>
    public StoreState StateAt(DateTimeOffset instant)
    {
        lock (WriteGate)
        {
            var current = _current;
            if (_changes.Count == 0 || _changes[^1].Timestamp <= instant)
            {
                return current;
            }

            var snapshotIndex = LastIndexAtOrBefore(_snapshots, s => s.At, instant);
            var state = _snapshots[Math.Max(snapshotIndex, 0)].State;
            var first = FirstChangeAfter(state.Sequence);
            for (var i = first; i < _changes.Count && _changes[i].Timestamp <= instant; i++)
            {
                var change = _changes[i];
                state = state.With(change.Key, change.New, change.Sequence);
            }

            return state;
        }
    }

    /// <summary>Changes committed in (<paramref name="after"/>, <paramref name="upTo"/>], oldest first.</summary>
    public IReadOnlyList<ChangeRecord> ChangesBetween(DateTimeOffset after, DateTimeOffset upTo)
    {
        lock (WriteGate)
        {
            // Timestamps never decrease along the changelog: binary-search the first change after `after`.
            var first = LastIndexAtOrBefore(_changes, c => c.Timestamp, after) + 1;
            var result = new List<ChangeRecord>();
            for (var i = first; i < _changes.Count && _changes[i].Timestamp <= upTo; i++)
            {
                result.Add(_changes[i]);
            }

            return result;
        }
    }

    /// <summary>
    /// Forgets history older than <paramref name="horizon"/>: keeps one snapshot at or before it (so
    /// <see cref="StateAt"/> still answers for the horizon itself) and the changes after that snapshot.
    /// </summary>
    public void Trim(DateTimeOffset horizon)
    {
        lock (WriteGate)
        {
            var keep = LastIndexAtOrBefore(_snapshots, s => s.At, horizon);
            if (keep <= 0 && _changes.Count == 0)
            {
                return;
            }

            if (keep < 0)
            {
                return;
            }

            // Promote the state at the horizon to a snapshot so older changes can go.
            var atHorizon = StateAtLocked(horizon, keep);
            _snapshots.RemoveRange(0, keep + 1);
            _snapshots.Insert(0, (horizon, atHorizon));
            var firstKept = FirstChangeAfter(atHorizon.Sequence);
            _changes.RemoveRange(0, firstKept);
        }
    }

    private StoreState StateAtLocked(DateTimeOffset instant, int snapshotIndex)
    {
        var state = _snapshots[snapshotIndex].State;
        for (var i = FirstChangeAfter(state.Sequence); i < _changes.Count && _changes[i].Timestamp <= instant; i++)
        {
            state = state.With(_changes[i].Key, _changes[i].New, _changes[i].Sequence);
        }

        return state;
    }

    private int FirstChangeAfter(long sequence)
    {
        // Sequences are consecutive within the retained changelog.
        if (_changes.Count == 0)
        {
            return 0;
        }

        var index = (int)(sequence - _changes[0].Sequence + 1);
        return Math.Clamp(index, 0, _changes.Count);
    }

    private static int LastIndexAtOrBefore<T>(List<T> list, Func<T, DateTimeOffset> at, DateTimeOffset instant)
    {
        int lo = 0, hi = list.Count - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (at(list[mid]) <= instant)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found;
    }
}
