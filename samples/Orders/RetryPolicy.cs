using Amazon.DynamoDBv2.Model;

namespace Orders;

/// <summary>
/// Retries the errors that mean "try again later" with exponential back-off: LimitExceeded (too many table or backup
/// operations at once), ContinuousBackupsUnavailable (backups are still being enabled on a new table) and BackupInUse
/// (the backup is being created or used by a restore). Everything else surfaces at once.
/// </summary>
public sealed class RetryPolicy(OrdersOptions options, TimeProvider time)
{
    /// <summary>Calls <paramref name="call"/>, retrying transient errors up to <see cref="OrdersOptions.MaxAttempts"/> tries.</summary>
    /// <typeparam name="T">The call's result.</typeparam>
    /// <param name="call">The call.</param>
    /// <param name="cancellationToken">Cancels the call and the waits.</param>
    /// <returns>The first successful result.</returns>
    public async Task<T> ExecuteAsync<T>(Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken)
    {
        var delay = options.FirstRetryDelay;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await call(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception error) when (IsTransient(error) && attempt < options.MaxAttempts)
            {
                await WaitAsync(delay, cancellationToken).ConfigureAwait(false);
                delay *= 2;
            }
        }
    }

    /// <summary>Waits <paramref name="delay"/> with <see cref="OrdersOptions.Wait"/> or the application's clock.</summary>
    /// <param name="delay">How long.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>A task that completes after the wait.</returns>
    public Task WaitAsync(TimeSpan delay, CancellationToken cancellationToken) =>
        options.Wait is { } wait ? wait(delay, cancellationToken) : Task.Delay(delay, time, cancellationToken);

    /// <summary>Whether <paramref name="error"/> means "try again later".</summary>
    /// <param name="error">The error.</param>
    /// <returns>True for LimitExceeded, ContinuousBackupsUnavailable and BackupInUse.</returns>
    public static bool IsTransient(Exception error) =>
        error is LimitExceededException or ContinuousBackupsUnavailableException or BackupInUseException;
}
