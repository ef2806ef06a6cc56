using FakeDynamo.Errors;
using FakeDynamo.Storage;

namespace FakeDynamo.Engine;

/// <summary>
/// What RestoreTableFromBackup and RestoreTableToPointInTime share: the target admission checks and the start of the
/// new table incarnation (CREATING for options.RestoreDelay, its store starting from the restored content).
/// </summary>
internal sealed partial class Account
{
    /// <summary>
    /// The target must not exist: a restore still in progress → TableInUseException naming its source (backup-api §9.3;
    /// for a point-in-time restore in progress the source table's ARN, presumably, §10 Low); anything else (ACTIVE,
    /// UPDATING, DELETING, or the source itself) → TableAlreadyExistsException. Call under <see cref="Gate"/>.
    /// </summary>
    private void AdmitRestoreTarget(string targetName, DateTimeOffset now)
    {
        if (FindTable(targetName, now) is { } existing)
        {
            throw existing.Restore is { } restore && restore.InProgress(existing, now)
                ? DynamoErrors.TableBeingRestored(targetName, restore.SourceBackupArn ?? restore.SourceTableArn ?? string.Empty)
                : DynamoErrors.TableAlreadyExists(targetName);
        }
    }

    /// <summary>
    /// Adds the restored table: a new incarnation whose store starts from <paramref name="content"/> (O(1), structure
    /// shared, independent afterwards). Call under <see cref="Gate"/> after every admission check.
    /// </summary>
    private Table StartRestore(string targetName, TableSchema schema, StoreState content, RestoreInfo info, DateTimeOffset now)
    {
        // The restored schema may keep fewer or renamed indexes than the content was built with.
        var store = ItemStore.StartingFrom(content.WithIndexes(schema), now);
        var table = new Table(targetName, TableArn(targetName), Ids.NewTableId(), now, now + Options.RestoreDelay, schema, store)
        {
            Restore = info,
            TrimmedAtSequence = content.Sequence, // its history starts here: no trim due yet
        };
        AddTable(table);
        return table;
    }
}
