using FakeDynamo.Quotas;

namespace FakeDynamo.Tests.Quotas;

public class ClockWindowRateLimiterTests
{
    private static readonly DateTimeOffset Second = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    [Test]
    public void TryAcquire_WithinOneClockSecond_GrantsExactlyThePermits()
    {
        using var limiter = new ClockWindowRateLimiter(3);

        limiter.TryAcquire(Second).ShouldBeTrue();
        limiter.TryAcquire(Second.AddMilliseconds(500)).ShouldBeTrue();
        limiter.TryAcquire(Second.AddMilliseconds(999)).ShouldBeTrue();
        limiter.TryAcquire(Second.AddMilliseconds(999)).ShouldBeFalse();
    }

    [Test]
    public void TryAcquire_NextClockSecond_StartsAFreshWindow()
    {
        using var limiter = new ClockWindowRateLimiter(1);
        limiter.TryAcquire(Second.AddMilliseconds(999)).ShouldBeTrue();
        limiter.TryAcquire(Second.AddMilliseconds(999)).ShouldBeFalse();

        limiter.TryAcquire(Second.AddSeconds(1)).ShouldBeTrue();
        limiter.TryAcquire(Second.AddSeconds(1)).ShouldBeFalse();
    }

    [Test]
    public void TryAcquire_RealTimePassing_DoesNotReplenish()
    {
        // The fake's clock decides, not the Stopwatch: a stopped clock never refills the window.
        using var limiter = new ClockWindowRateLimiter(1);
        limiter.TryAcquire(Second).ShouldBeTrue();

        for (var i = 0; i < 1000; i++)
        {
            limiter.TryAcquire(Second).ShouldBeFalse();
        }
    }

    [Test]
    public void Constructor_ZeroPermits_Throws()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => new ClockWindowRateLimiter(0));
    }
}
