namespace Orders;

/// <summary>Settings of the orders application.</summary>
public sealed class OrdersOptions
{
    /// <summary>The orders table. Default <c>Orders</c>.</summary>
    public string TableName { get; set; } = "Orders";

    /// <summary>How many nightly backups the retention policy keeps. Default 7.</summary>
    public int BackupsToKeep { get; set; } = 7;

    /// <summary>Page size for ListBackups; <c>null</c> lets the service choose. Small values exercise paging.</summary>
    public int? ListBackupsPageSize { get; set; }

    /// <summary>How many times a call is tried before its error is given up on. Default 5.</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>The first wait between tries; it doubles each time. Default one second.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How often a restore's table status is polled. Default 30 seconds.</summary>
    public TimeSpan RestorePollInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a restore may take before the application gives up on it. Default two hours.</summary>
    public TimeSpan RestoreTimeout { get; set; } = TimeSpan.FromHours(2);

    /// <summary>
    /// How the application waits. <c>null</c> (default): <c>Task.Delay(delay, timeProvider, token)</c>. Tests on a manual
    /// clock pass a wait that advances the clock by exactly <c>delay</c>, so retries and polling need no real time.
    /// </summary>
    public Func<TimeSpan, CancellationToken, Task>? Wait { get; set; }
}
