using FakeDynamo.Errors;

namespace FakeDynamo.Engine;

/// <summary>RestoreTableToPointInTime: a new table holding exactly the source's items at the restore point (backup-api §10).</summary>
internal sealed partial class Account
{
    /// <summary>
    /// RestoreTableToPointInTime after shape validation. Exactly one of <paramref name="sourceName"/> /
    /// <paramref name="sourceArn"/> is set; <paramref name="restorePoint"/> is the request's RestoreDateTime as the SDK
    /// sends it, or null for UseLatestRestorableTime (the window's Latest). <paramref name="plan"/> turns the source's
    /// current schema into the target's (overrides, not-carried settings) and may throw the override errors.
    /// Precedence (backup-api §10): source missing → PITR disabled → time outside the window → overrides → target
    /// exists / being restored → restore and table-operation quotas. The content is the table's history at the restore
    /// point (<see cref="Storage.ItemStore.StateAt"/>: the last snapshot plus at most a snapshot interval of changes).
    /// </summary>
    public Table RestoreTableToPointInTime(string targetName, string? sourceName, string? sourceArn, DateTimeOffset? restorePoint, Func<TableSchema, TableSchema> plan)
    {
        lock (Gate)
        {
            var now = Now;
            var source = PointInTimeSource(sourceName, sourceArn, now);
            if (WindowOf(source, now) is not { } window)
            {
                throw DynamoErrors.PointInTimeRecoveryNotEnabled(source.Name);
            }

            var point = restorePoint ?? window.Latest;
            if (!window.Contains(point))
            {
                throw DynamoErrors.InvalidRestoreTime(point, window.Earliest, window.Latest);
            }

            var schema = plan(source.Schema);
            AdmitRestoreTarget(targetName, now);
            CheckRestoreQuotas(now);
            var content = source.Store.StateAt(point);
            return StartRestore(targetName, schema, content, new RestoreInfo(null, source.Arn, point), now);
        }
    }

    /// <summary>
    /// The source of a point-in-time restore: live and not CREATING or DELETING (the service accepts a DELETING source
    /// only in its first ~1 s, backup-api §10; the fake treats it as gone — its SYSTEM backup is the way back).
    /// Missing by name → <c>Table not found: &lt;name&gt;</c>; by ARN → the bare <c>Table not found</c> observed
    /// (§10, Medium); an ARN of another account → the resource-owner ValidationException (§2.2). Call under <see cref="Gate"/>.
    /// </summary>
    private Table PointInTimeSource(string? sourceName, string? sourceArn, DateTimeOffset now)
    {
        if (sourceArn is not null && sourceArn.Split(':')[4] != AccountId)
        {
            throw DynamoErrors.NotResourceOwner();
        }

        var table = FindTable(sourceName ?? sourceArn!, now);
        if (table is null || table.StatusAt(now) is TableStatus.Creating or TableStatus.Deleting)
        {
            throw sourceName is not null ? DynamoErrors.TableNotFound(sourceName) : DynamoErrors.TableNotFoundBare();
        }

        return table;
    }
}
