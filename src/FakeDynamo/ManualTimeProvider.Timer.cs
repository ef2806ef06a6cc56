namespace FakeDynamo;

/// <summary>The timers of <see cref="ManualTimeProvider"/>.</summary>
public sealed partial class ManualTimeProvider
{
    /// <summary>A timer driven by the manual clock: scheduled in the provider's list, fired by its moves.</summary>
    private sealed class ManualTimer(ManualTimeProvider clock, TimerCallback callback, object? state) : ITimer
    {
        private bool _disposed;

        /// <summary>When it fires next (read and written under the clock's lock).</summary>
        public DateTimeOffset Due { get; set; }

        /// <summary>Null for a one-shot timer.</summary>
        public TimeSpan? Period { get; set; }

        /// <summary>Orders timers due at the same instant: the one armed first fires first.</summary>
        public long Sequence { get; set; }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            ValidateSpan(dueTime, nameof(dueTime));
            ValidateSpan(period, nameof(period));
            lock (clock._gate)
            {
                if (_disposed)
                {
                    return false;
                }

                clock._timers.Remove(this);
                if (dueTime == Timeout.InfiniteTimeSpan)
                {
                    return true;
                }

                Due = clock._now + dueTime;
                Period = period == Timeout.InfiniteTimeSpan || period == TimeSpan.Zero ? null : period;
                Sequence = ++clock._timerSequence;
                clock._timers.Add(this);
                return true;
            }
        }

        public void Fire() => callback(state);

        public void Dispose()
        {
            lock (clock._gate)
            {
                _disposed = true;
                clock._timers.Remove(this);
            }
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }

        private static void ValidateSpan(TimeSpan value, string name)
        {
            // System.Threading.Timer's rule: -1 ms (infinite) or 0 … 0xFFFFFFFE ms.
            if (value != Timeout.InfiniteTimeSpan && (value < TimeSpan.Zero || value.TotalMilliseconds > 0xFFFFFFFE))
            {
                throw new ArgumentOutOfRangeException(name, value, "The time must be Timeout.InfiniteTimeSpan or between zero and 4294967294 ms.");
            }
        }
    }
}
