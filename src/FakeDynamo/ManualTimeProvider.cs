namespace FakeDynamo;

/// <summary>
/// A <see cref="TimeProvider"/> whose time moves only when the test says so. Use it to drive the fake's
/// asynchronous lifecycles (table CREATING → ACTIVE, backup CREATING → AVAILABLE, restores, the PITR window)
/// deterministically, without sleeping. Timers made through it — <c>Task.Delay(delay, clock)</c>,
/// <c>new CancellationTokenSource(delay, clock)</c>, <see cref="TimeProvider.CreateTimer"/> — fire when
/// <see cref="Advance"/> or <see cref="SetUtcNow"/> moves the clock to or past their due time, on the thread that
/// moved it, so application code that waits can be tested without real waiting. The runtime completes a
/// <c>Task.Delay</c> task at once but runs the code awaiting it asynchronously, so code that waits in a loop arms its
/// next timer only after <see cref="Advance"/> has returned: advance once per wait, or inject the wait
/// (see docs/usage.md).
/// </summary>
public sealed partial class ManualTimeProvider : TimeProvider
{
    private readonly object _gate = new();
    private readonly List<ManualTimer> _timers = [];
    private DateTimeOffset _now;
    private long _timerSequence;

    /// <summary>Creates a clock that starts at 2026-01-01T00:00:00Z.</summary>
    public ManualTimeProvider()
        : this(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero))
    {
    }

    /// <summary>Creates a clock that starts at <paramref name="start"/>.</summary>
    /// <param name="start">The first instant the clock reports.</param>
    public ManualTimeProvider(DateTimeOffset start) => _now = start.ToUniversalTime();

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return _now;
        }
    }

    /// <inheritdoc />
    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    /// <summary>One tick per 100 ns of this clock, so <see cref="TimeProvider.GetElapsedTime(long)"/> follows it too.</summary>
    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    /// <summary>This clock's current time in ticks (not the machine's stopwatch).</summary>
    /// <returns>The current time's UTC ticks.</returns>
    public override long GetTimestamp() => GetUtcNow().UtcTicks;

    /// <summary>
    /// Creates a timer that fires when this clock is moved to or past its due time. A due time of zero fires at the next
    /// <see cref="Advance"/> or <see cref="SetUtcNow"/>, even <c>Advance(TimeSpan.Zero)</c>; an infinite due time never fires.
    /// </summary>
    /// <param name="callback">Called on the thread that moves the clock.</param>
    /// <param name="state">Passed to <paramref name="callback"/>.</param>
    /// <param name="dueTime">Clock time until the first call.</param>
    /// <param name="period">Clock time between later calls; zero or infinite: only once.</param>
    /// <returns>The timer; dispose it to cancel it.</returns>
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        ArgumentNullException.ThrowIfNull(callback);
        var timer = new ManualTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    /// <summary>Moves the clock forward, firing every timer that falls due on the way, in due-time order.</summary>
    /// <param name="delta">How far to move; must not be negative.</param>
    public void Advance(TimeSpan delta)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(delta, TimeSpan.Zero);
        DateTimeOffset target;
        lock (_gate)
        {
            target = _now + delta;
        }

        MoveTo(target);
    }

    /// <summary>
    /// Sets the clock to <paramref name="value"/>, which must not be earlier than the current time, firing every timer
    /// that falls due on the way, in due-time order.
    /// </summary>
    /// <param name="value">The new current time.</param>
    public void SetUtcNow(DateTimeOffset value)
    {
        lock (_gate)
        {
            if (value < _now)
            {
                throw new ArgumentOutOfRangeException(nameof(value), value, "The clock cannot move backwards.");
            }
        }

        MoveTo(value.ToUniversalTime());
    }

    /// <summary>
    /// Steps the clock to each due timer in turn (so a callback reads its own due time as "now"), calls it outside the
    /// lock, and repeats: a timer created or re-armed by a callback fires in the same move if it falls due within it.
    /// </summary>
    private void MoveTo(DateTimeOffset target)
    {
        while (true)
        {
            ManualTimer? next = null;
            lock (_gate)
            {
                foreach (var timer in _timers)
                {
                    if (timer.Due <= target && (next is null || timer.Due < next.Due || (timer.Due == next.Due && timer.Sequence < next.Sequence)))
                    {
                        next = timer;
                    }
                }

                if (next is null)
                {
                    if (target > _now)
                    {
                        _now = target;
                    }

                    return;
                }

                if (next.Due > _now)
                {
                    _now = next.Due;
                }

                if (next.Period is { } period)
                {
                    next.Due = _now + period;
                    next.Sequence = ++_timerSequence;
                }
                else
                {
                    _timers.Remove(next);
                }
            }

            next.Fire();
        }
    }
}
