using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace Orders;

/// <summary>
/// Restores the orders table's newest available backup into a new table for an incident, and waits until that table
/// is ACTIVE (polling DescribeTable every <see cref="OrdersOptions.RestorePollInterval"/>).
/// </summary>
public sealed class IncidentRestorer(IAmazonDynamoDB dynamo, OrdersOptions options, TimeProvider time, RetryPolicy retry, NightlyBackupJob backups)
{
    /// <summary>Restores the newest AVAILABLE backup into <paramref name="targetTableName"/> and waits for it.</summary>
    /// <param name="targetTableName">The new table's name.</param>
    /// <param name="cancellationToken">Cancels the restore's waiting (not the restore itself).</param>
    /// <returns>The restored table, ACTIVE.</returns>
    /// <exception cref="InvalidOperationException">There is no available backup.</exception>
    /// <exception cref="TimeoutException">The table was not ACTIVE within <see cref="OrdersOptions.RestoreTimeout"/>.</exception>
    public async Task<TableDescription> RestoreLatestAsync(string targetTableName, CancellationToken cancellationToken = default)
    {
        var latest = (await backups.ListUserBackupsAsync(cancellationToken).ConfigureAwait(false))
            .Where(b => b.BackupStatus == BackupStatus.AVAILABLE)
            .MaxBy(b => b.BackupCreationDateTime)
            ?? throw new InvalidOperationException($"There is no available backup of {options.TableName} to restore.");

        await retry.ExecuteAsync(
            ct => dynamo.RestoreTableFromBackupAsync(new RestoreTableFromBackupRequest { BackupArn = latest.BackupArn, TargetTableName = targetTableName }, ct),
            cancellationToken).ConfigureAwait(false);

        var started = time.GetTimestamp();
        while (true)
        {
            var table = (await dynamo.DescribeTableAsync(targetTableName, cancellationToken).ConfigureAwait(false)).Table;
            if (table.TableStatus == TableStatus.ACTIVE)
            {
                return table;
            }

            if (time.GetElapsedTime(started) >= options.RestoreTimeout)
            {
                throw new TimeoutException($"{targetTableName} is still {table.TableStatus} after {options.RestoreTimeout}.");
            }

            await retry.WaitAsync(options.RestorePollInterval, cancellationToken).ConfigureAwait(false);
        }
    }
}
