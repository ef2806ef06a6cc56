using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using FakeDynamo.Backups;
using FakeDynamo.Errors;
using FakeDynamo.Mapping;
using FakeDynamo.Validation;

namespace FakeDynamo;

/// <summary>Backups operations (on-demand backups and restores; docs/backups.md).</summary>
public partial class FakeDynamoDBClient
{
    /// <inheritdoc />
    public virtual Task<CreateBackupResponse> CreateBackupAsync(CreateBackupRequest request, CancellationToken cancellationToken = default) =>
        Invoke<CreateBackupRequest, CreateBackupResponse>(request, cancellationToken, CreateBackup);

    /// <inheritdoc />
    public virtual Task<DeleteBackupResponse> DeleteBackupAsync(DeleteBackupRequest request, CancellationToken cancellationToken = default) =>
        Invoke<DeleteBackupRequest, DeleteBackupResponse>(request, cancellationToken, DeleteBackup);

    /// <inheritdoc />
    public virtual Task<DescribeBackupResponse> DescribeBackupAsync(DescribeBackupRequest request, CancellationToken cancellationToken = default) =>
        Invoke<DescribeBackupRequest, DescribeBackupResponse>(request, cancellationToken, DescribeBackup);

    /// <inheritdoc />
    public virtual Task<ListBackupsResponse> ListBackupsAsync(ListBackupsRequest request, CancellationToken cancellationToken = default) =>
        Invoke<ListBackupsRequest, ListBackupsResponse>(request, cancellationToken, ListBackups);

    /// <inheritdoc />
    public virtual Task<RestoreTableFromBackupResponse> RestoreTableFromBackupAsync(RestoreTableFromBackupRequest request, CancellationToken cancellationToken = default) =>
        Invoke<RestoreTableFromBackupRequest, RestoreTableFromBackupResponse>(request, cancellationToken, RestoreTableFromBackup);

    private CreateBackupResponse CreateBackup(CreateBackupRequest request)
    {
        BackupRequestValidation.CreateBackup(request);
        var backup = _account.CreateBackup(request.TableName, request.BackupName);

        // The response always says CREATING, whatever the delay (backup-api §4).
        return new CreateBackupResponse { BackupDetails = BackupDescriptions.Details(backup, backup.CreatedAt, BackupStatus.CREATING) };
    }

    private DescribeBackupResponse DescribeBackup(DescribeBackupRequest request)
    {
        BackupRequestValidation.BackupArnMember(request.BackupArn);
        var backup = _account.FindBackup(request.BackupArn);
        return new DescribeBackupResponse { BackupDescription = BackupDescriptions.Description(backup, _account.Now) };
    }

    private DeleteBackupResponse DeleteBackup(DeleteBackupRequest request)
    {
        BackupRequestValidation.BackupArnMember(request.BackupArn);
        var backup = _account.DeleteBackup(request.BackupArn);
        return new DeleteBackupResponse { BackupDescription = BackupDescriptions.Description(backup, _account.Now, BackupStatus.DELETED) };
    }

    private ListBackupsResponse ListBackups(ListBackupsRequest request)
    {
        var type = BackupRequestValidation.ListBackups(request);
        var lower = request.TimeRangeLowerBound is { } l ? Timestamps.FromRequest(l) : (DateTimeOffset?)null;
        var upper = request.TimeRangeUpperBound is { } u ? Timestamps.FromRequest(u) : (DateTimeOffset?)null;
        if (lower > upper)
        {
            throw DynamoErrors.TimeRangeInverted();
        }

        var start = request.ExclusiveStartBackupArn is { } cursor ? BackupArn.Parse(cursor, _account.Region) : null;

        // USER is the default; ALL is USER + SYSTEM; AWS_BACKUP lists nothing DynamoDB made (backup-api §7).
        IReadOnlySet<BackupKind> kinds = type switch
        {
            "SYSTEM" => new HashSet<BackupKind> { BackupKind.System },
            "ALL" => new HashSet<BackupKind> { BackupKind.User, BackupKind.System },
            "AWS_BACKUP" => new HashSet<BackupKind>(),
            _ => new HashSet<BackupKind> { BackupKind.User },
        };
        var query = new BackupListQuery(request.TableName, kinds, lower, upper, request.Limit, start, request.ExclusiveStartBackupArn);
        var (page, last) = _account.ListBackups(query);
        var now = _account.Now;
        return new ListBackupsResponse
        {
            BackupSummaries = page.Select(b => BackupDescriptions.Summary(b, now)).ToList(),
            LastEvaluatedBackupArn = last,
        };
    }

    private RestoreTableFromBackupResponse RestoreTableFromBackup(RestoreTableFromBackupRequest request)
    {
        BackupRequestValidation.RestoreTableFromBackup(request);
        var table = _account.RestoreTableFromBackup(request.TargetTableName, request.BackupArn, b => RestorePlanner.Plan(b.Schema, RestoreOverrides.From(request)));
        return new RestoreTableFromBackupResponse { TableDescription = AdmittedRestoreDescription(table) };
    }

    /// <summary>
    /// The description both restore responses carry: the restore admitted, CREATING and in progress, whatever
    /// options.RestoreDelay (a zero delay makes the next read ACTIVE); no statistics yet and GSIs without IndexStatus
    /// (backup-api §9, §10).
    /// </summary>
    private static TableDescription AdmittedRestoreDescription(Engine.Table table)
    {
        var description = TableDescriptions.Describe(table, table.CreatedAt);
        description.TableStatus = Amazon.DynamoDBv2.TableStatus.CREATING;
        description.RestoreSummary.RestoreInProgress = true;
        description.ItemCount = 0;
        description.TableSizeBytes = 0;
        foreach (var index in description.GlobalSecondaryIndexes ?? [])
        {
            index.IndexStatus = null;
            index.ItemCount = 0;
            index.IndexSizeBytes = 0;
        }

        foreach (var index in description.LocalSecondaryIndexes ?? [])
        {
            index.ItemCount = 0;
            index.IndexSizeBytes = 0;
        }

        return description;
    }
}
