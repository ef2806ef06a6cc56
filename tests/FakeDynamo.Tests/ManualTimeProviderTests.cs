namespace FakeDynamo.Tests;

public class ManualTimeProviderTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Test]
    public void TaskDelay_ClockAdvancedPastIt_Completes()
    {
        var clock = new ManualTimeProvider(Start);
        var delay = Task.Delay(TimeSpan.FromSeconds(10), clock);

        clock.Advance(TimeSpan.FromSeconds(9.999));
        delay.IsCompleted.ShouldBeFalse();
        clock.Advance(TimeSpan.FromMilliseconds(1));
        delay.IsCompletedSuccessfully.ShouldBeTrue();
    }

    [Test]
    public void Timers_DueWithinOneAdvance_FireInDueOrderEachSeeingItsDueTimeAsNow()
    {
        var clock = new ManualTimeProvider(Start);
        var seen = new List<(string Name, DateTimeOffset Now)>();
        using var late = clock.CreateTimer(_ => seen.Add(("late", clock.GetUtcNow())), null, TimeSpan.FromMinutes(3), Timeout.InfiniteTimeSpan);
        using var early = clock.CreateTimer(_ => seen.Add(("early", clock.GetUtcNow())), null, TimeSpan.FromMinutes(1), Timeout.InfiniteTimeSpan);

        clock.Advance(TimeSpan.FromMinutes(10));

        seen.ShouldBe([("early", Start.AddMinutes(1)), ("late", Start.AddMinutes(3))]);
        clock.GetUtcNow().ShouldBe(Start.AddMinutes(10));
    }

    [Test]
    public void Timers_ArmedByACallback_FireInTheSameMoveWhenDue()
    {
        var clock = new ManualTimeProvider(Start);
        var attempts = new List<DateTimeOffset>();
        var timers = new List<ITimer>();

        void Attempt(int number)
        {
            attempts.Add(clock.GetUtcNow());
            if (number < 3)
            {
                timers.Add(clock.CreateTimer(_ => Attempt(number + 1), null, TimeSpan.FromSeconds(number), Timeout.InfiniteTimeSpan));
            }
        }

        Attempt(1);
        clock.Advance(TimeSpan.FromMinutes(1));

        // Each timer was armed inside the previous one's callback, at that timer's due time, and still fired.
        attempts.ShouldBe([Start, Start.AddSeconds(1), Start.AddSeconds(3)]);
        timers.ForEach(t => t.Dispose());
    }

    [Test]
    public void PeriodicTimer_AdvancedThreePeriods_FiresThreeTimes()
    {
        var clock = new ManualTimeProvider(Start);
        var ticks = new List<DateTimeOffset>();
        using var timer = clock.CreateTimer(_ => ticks.Add(clock.GetUtcNow()), null, TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(5));

        clock.Advance(TimeSpan.FromSeconds(17));

        ticks.ShouldBe([Start.AddSeconds(5), Start.AddSeconds(10), Start.AddSeconds(15)]);
    }

    [Test]
    public void Timer_DisposedOrChangedToInfinite_NeverFires()
    {
        var clock = new ManualTimeProvider(Start);
        var fired = 0;
        var disposed = clock.CreateTimer(_ => fired++, null, TimeSpan.FromSeconds(1), Timeout.InfiniteTimeSpan);
        using var parked = clock.CreateTimer(_ => fired++, null, TimeSpan.FromSeconds(1), Timeout.InfiniteTimeSpan);

        disposed.Dispose();
        parked.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan).ShouldBeTrue();
        clock.Advance(TimeSpan.FromDays(1));

        fired.ShouldBe(0);
        disposed.Change(TimeSpan.Zero, Timeout.InfiniteTimeSpan).ShouldBeFalse();
    }

    [Test]
    public void Timer_ChangedAfterCreation_FiresAtTheNewDueTimeOnly()
    {
        var clock = new ManualTimeProvider(Start);
        var fired = new List<DateTimeOffset>();
        using var timer = clock.CreateTimer(_ => fired.Add(clock.GetUtcNow()), null, TimeSpan.FromSeconds(1), Timeout.InfiniteTimeSpan);

        timer.Change(TimeSpan.FromSeconds(30), Timeout.InfiniteTimeSpan);
        clock.Advance(TimeSpan.FromMinutes(1));

        fired.ShouldBe([Start.AddSeconds(30)]);
    }

    [Test]
    public void Timer_ZeroDueTime_FiresAtTheNextMoveEvenOfZero()
    {
        var clock = new ManualTimeProvider(Start);
        var fired = 0;
        using var timer = clock.CreateTimer(_ => fired++, null, TimeSpan.Zero, Timeout.InfiniteTimeSpan);

        fired.ShouldBe(0);
        clock.Advance(TimeSpan.Zero);
        fired.ShouldBe(1);
    }

    [Test]
    public void CancellationTokenSource_WithClockDelay_CancelsWhenSetUtcNowPassesIt()
    {
        var clock = new ManualTimeProvider(Start);
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5), clock);

        clock.SetUtcNow(Start.AddMinutes(4));
        timeout.IsCancellationRequested.ShouldBeFalse();
        clock.SetUtcNow(Start.AddMinutes(5));
        timeout.IsCancellationRequested.ShouldBeTrue();
    }

    [Test]
    public void GetElapsedTime_FollowsTheManualClock()
    {
        var clock = new ManualTimeProvider(Start);
        var started = clock.GetTimestamp();

        clock.Advance(TimeSpan.FromMilliseconds(1500));

        clock.GetElapsedTime(started).ShouldBe(TimeSpan.FromMilliseconds(1500));
    }

    [Test]
    public void SetUtcNow_Backwards_ThrowsAndKeepsTime()
    {
        var clock = new ManualTimeProvider(Start);

        Should.Throw<ArgumentOutOfRangeException>(() => clock.SetUtcNow(Start.AddTicks(-1)));
        Should.Throw<ArgumentOutOfRangeException>(() => clock.Advance(TimeSpan.FromTicks(-1)));
        clock.GetUtcNow().ShouldBe(Start);
    }

    [Test]
    public void CreateTimer_NegativeDueTime_Throws()
    {
        var clock = new ManualTimeProvider(Start);

        Should.Throw<ArgumentOutOfRangeException>(() => clock.CreateTimer(_ => { }, null, TimeSpan.FromSeconds(-2), Timeout.InfiniteTimeSpan));
    }
}
