using System.Globalization;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace Orders;

/// <summary>What one night's run did.</summary>
/// <param name="BackupArn">The backup it made.</param>
/// <param name="Deleted">The ARNs of the old backups it deleted.</param>
/// <param name="Skipped">The ARNs of old backups still in use (e.g. by a restore); tried again the next night.</param>
public sealed record NightlyBackupResult(string BackupArn, IReadOnlyList<string> Deleted, IReadOnlyList<string> Skipped);

/// <summary>
/// The nightly backup: makes an on-demand backup of the orders table, then applies the retention policy — keep the
/// newest <see cref="OrdersOptions.BackupsToKeep"/> user backups of the table, delete older ones.
/// </summary>
public sealed class NightlyBackupJob(IAmazonDynamoDB dynamo, OrdersOptions options, TimeProvider time, RetryPolicy retry)
{
    /// <summary>Runs the backup and the retention policy.</summary>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>What was created, deleted and skipped.</returns>
    public async Task<NightlyBackupResult> RunAsync(CancellationToken cancellationToken = default)
    {
        var name = $"{options.TableName}-nightly-{time.GetUtcNow().ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture)}";
        var created = await retry.ExecuteAsync(
            ct => dynamo.CreateBackupAsync(new CreateBackupRequest { TableName = options.TableName, BackupName = name }, ct),
            cancellationToken).ConfigureAwait(false);

        var backups = await ListUserBackupsAsync(cancellationToken).ConfigureAwait(false);
        var deleted = new List<string>();
        var skipped = new List<string>();
        foreach (var old in backups.OrderByDescending(b => b.BackupCreationDateTime).Skip(options.BackupsToKeep))
        {
            try
            {
                await retry.ExecuteAsync(
                    ct => dynamo.DeleteBackupAsync(new DeleteBackupRequest { BackupArn = old.BackupArn }, ct),
                    cancellationToken).ConfigureAwait(false);
                deleted.Add(old.BackupArn);
            }
            catch (BackupInUseException)
            {
                skipped.Add(old.BackupArn);
            }
            catch (BackupNotFoundException)
            {
                // Deleted meanwhile by someone else: the policy holds anyway.
            }
        }

        return new NightlyBackupResult(created.BackupDetails.BackupArn, deleted, skipped);
    }

    /// <summary>Every user backup of the orders table, following ListBackups' pages to the end.</summary>
    /// <param name="cancellationToken">Cancels the listing.</param>
    /// <returns>The backups' summaries.</returns>
    public async Task<IReadOnlyList<BackupSummary>> ListUserBackupsAsync(CancellationToken cancellationToken = default)
    {
        var all = new List<BackupSummary>();
        string? start = null;
        do
        {
            var page = await dynamo.ListBackupsAsync(new ListBackupsRequest
            {
                TableName = options.TableName,
                BackupType = BackupTypeFilter.USER,
                Limit = options.ListBackupsPageSize,
                ExclusiveStartBackupArn = start,
            }, cancellationToken).ConfigureAwait(false);
            all.AddRange(page.BackupSummaries ?? []);
            start = page.LastEvaluatedBackupArn;
        }
        while (start is not null);

        return all;
    }
}
