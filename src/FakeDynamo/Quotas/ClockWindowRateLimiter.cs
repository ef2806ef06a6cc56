using System.Threading.RateLimiting;

namespace FakeDynamo.Quotas;

/// <summary>
/// "N calls per second" measured on the fake's clock. System.Threading.RateLimiting limiters time their windows with
/// the real Stopwatch even with AutoReplenishment off, so this keeps one <see cref="FixedWindowRateLimiter"/> per
/// clock second: a fresh limiter (a full window of permits) whenever the clock enters a new one-second window.
/// A refused call is a failed lease, which the caller turns into the service's error.
/// </summary>
internal sealed class ClockWindowRateLimiter : IDisposable
{
    private readonly object _gate = new();
    private readonly int _permitsPerSecond;
    private long _windowSecond = long.MinValue;
    private FixedWindowRateLimiter? _limiter;

    public ClockWindowRateLimiter(int permitsPerSecond)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(permitsPerSecond, 1);
        _permitsPerSecond = permitsPerSecond;
    }

    public int PermitsPerSecond => _permitsPerSecond;

    /// <summary>Takes one permit of the clock second that contains <paramref name="now"/>; false when none is left.</summary>
    public bool TryAcquire(DateTimeOffset now)
    {
        var second = now.ToUnixTimeMilliseconds() / 1000;
        lock (_gate)
        {
            if (_limiter is null || second != _windowSecond)
            {
                _limiter?.Dispose();
                _limiter = new FixedWindowRateLimiter(new FixedWindowRateLimiterOptions
                {
                    PermitLimit = _permitsPerSecond,
                    Window = TimeSpan.FromSeconds(1),
                    AutoReplenishment = false, // replenished by replacing the limiter when the clock moves on
                    QueueLimit = 0,
                });
                _windowSecond = second;
            }

            using var lease = _limiter.AttemptAcquire(1);
            return lease.IsAcquired;
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _limiter?.Dispose();
            _limiter = null;
        }
    }
}
