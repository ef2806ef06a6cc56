using System.Globalization;

namespace FakeDynamo.Errors;

/// <summary>On-demand backup and restore errors (spec backup-api §2.2, §5–§9, §12).</summary>
internal static partial class DynamoErrors
{
    /// <summary>CreateBackup on a missing or CREATING table: <c>Table not found: &lt;name&gt;</c> (backup-api §5, [L][Mo], High).</summary>
    public static ServiceError TableNotFound(string name) => new("TableNotFoundException", $"Table not found: {name}");

    /// <summary>
    /// CreateBackup on a DELETING table (the issue asks for TableInUseException). Never observed (backup-api §5):
    /// text unknown; most plausible wording, modelled on the table errors' "Table is being deleted" tail.
    /// </summary>
    public static ServiceError TableInUseDeleting(string name) => new("TableInUseException", $"Table is being deleted: {name}");

    /// <summary>Backups still being enabled after ACTIVE (backup-api §5, §11, [L live][U amplify], High).</summary>
    public static ServiceError ContinuousBackupsUnavailable(string name) =>
        new("ContinuousBackupsUnavailableException", $"Backups are being enabled for the table: {name}. Please retry later");

    /// <summary>
    /// More than the allowed CreateBackup calls in one second (seed: "Up to 50 CreateBackup operations are allowed per
    /// second, per account"). Never observed (backup-api §5, §12): text unknown; most plausible wording, following the
    /// service's other "Subscriber limit exceeded" texts.
    /// </summary>
    public static ServiceError TooManyCreateBackupCalls(int limit) =>
        new("LimitExceededException", $"Subscriber limit exceeded: Only {limit} CreateBackup operations are allowed per second, per account");

    /// <summary>Describe/Delete/Restore of an unknown backup: the ARN as sent (backup-api §6, [U steampipe][L][Mo], High).</summary>
    public static ServiceError BackupNotFound(string arn) => new("BackupNotFoundException", $"Backup not found: {arn}");

    /// <summary>Malformed backup ARN: <c>""</c>, a table ARN, a non-ARN (backup-api §2.2, [L], Medium).</summary>
    public static ServiceError InvalidBackupArn() => Validation("Invalid Backup ARN");

    /// <summary>Backup ARN with an unknown region, a wrong partition or service (backup-api §2.2, [L], Medium).</summary>
    public static ServiceError BackupArnNotValid() => Validation("Invalid Request: BackupArn is not valid");

    /// <summary>Backup ARN of another account (backup-api §6, [L], Medium): untyped AccessDeniedException.</summary>
    public static ServiceError AccessDenied() => new("AccessDeniedException", "Access is denied");

    /// <summary>
    /// Delete of, or restore from, a backup still CREATING. Documented meaning, text unknown (backup-api §8, Low); most
    /// plausible wording, modelled on the "Backup is being used to restore …" texts.
    /// </summary>
    public static ServiceError BackupBeingCreated(string arn) => new("BackupInUseException", $"Backup is being created: {arn}");

    /// <summary>DeleteBackup of a backup feeding a restore still in progress (backup-api §8, [L], Medium).</summary>
    public static ServiceError BackupUsedByRestore(string arn) => new("BackupInUseException", $"Backup is being used to restore table: {arn}");

    /// <summary>A second restore from a backup already feeding one (backup-api §9.3, [L], Medium).</summary>
    public static ServiceError BackupUsedByAnotherRestore(string arn) =>
        new("BackupInUseException", $"Backup is being used to restore another table: {arn}");

    /// <summary>DeleteBackup of a SYSTEM backup (backup-api §2.2, §4.1, [L][U], Medium). Timestamp format unknown: ISO-8601 UTC seconds.</summary>
    public static ServiceError SystemBackupNotDeletable(string arn, DateTimeOffset expiresAt) =>
        Validation($"Invalid Request: User is not allowed to delete the system backup with arn {arn}. It will automatically expire on " +
                   expiresAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));

    /// <summary>ListBackups lower bound after upper bound (backup-api §2.2, §7, [L]).</summary>
    public static ServiceError TimeRangeInverted() =>
        Validation("One or more parameter values were invalid: Time range lower bound must be less than or equal to upper bound");

    /// <summary>ListBackups cursor of another region (backup-api §2.2, §7, [L]).</summary>
    public static ServiceError CursorRegionMismatch() =>
        Validation("Invalid Request: The supplied ExclusiveStartBackupArn does not match the region");

    /// <summary>Restore target exists (ACTIVE, UPDATING, DELETING …) (backup-api §9.3, [L][Mo], High).</summary>
    public static ServiceError TableAlreadyExists(string name) => new("TableAlreadyExistsException", $"Table already exists: {name}");

    /// <summary>Restore target is a restore still in progress (backup-api §9.3, [L], Medium).</summary>
    public static ServiceError TableBeingRestored(string name, string backupArn) =>
        new("TableInUseException", $"Table: {name} is already being restored from backup: {backupArn}");

    /// <summary>51st simultaneous restore (backup-api §9.3, §12, [L], Medium).</summary>
    public static ServiceError TooManyRestores(int limit) =>
        new("LimitExceededException", $"Subscriber limit exceeded: Only {limit} restore operations can be done simultaneously");

    /// <summary>Restore override texts (backup-api §2.2, [L]): ProvisionedThroughput on an on-demand restore.</summary>
    public static ServiceError CannotOverrideThroughputUnlessProvisioned() =>
        Validation("Invalid Request: Cannot override ProvisionedThroughput unless BillingMode is PROVISIONED");

    /// <summary>BillingModeOverride=PROVISIONED without ProvisionedThroughputOverride (backup-api §2.2, [L]).</summary>
    public static ServiceError MustOverrideThroughput() =>
        Validation("Invalid Request: Must override ProvisionedThroughput if BillingMode is overridden to PROVISIONED");

    /// <summary>ProvisionedThroughputOverride with BillingModeOverride=PAY_PER_REQUEST, optionally for an index (backup-api §2.2, [L]).</summary>
    public static ServiceError CannotOverrideThroughputOnDemand(string? index = null) =>
        Validation("Invalid Request: Cannot override ProvisionedThroughput if BillingMode is overridden to PAY_PER_REQUEST" +
                   (index is null ? string.Empty : $" for index {index}"));

    /// <summary>A GSI without throughput on a provisioned restore (backup-api §2.2, [L]).</summary>
    public static ServiceError MustSpecifyIndexThroughput(string index) =>
        Validation($"Invalid Request: Must specify provisioned throughput for index {index}");

    /// <summary>On-demand maxima on a provisioned restore (backup-api §2.2, [L]); the Write variant follows the Read text.</summary>
    public static ServiceError CannotOverrideOnDemand(string member) =>
        Validation($"Invalid Request: Cannot override {member} for OnDemandThroughput unless BillingModeOverride is PAY_PER_REQUEST");

    /// <summary>On-demand maxima out of range, e.g. 0 (backup-api §2.2, [L]); the Write variant follows the Read text.</summary>
    public static ServiceError OnDemandOutOfRange(string member) =>
        Validation($"Invalid Request: Requested {member} for OnDemandThroughput is outside of valid range");

    /// <summary>An index override that matches no index of the backup (backup-api §2.2, §9.1, [L]).</summary>
    public static ServiceError IndexNotInBackup(string index) =>
        Validation($"Invalid Request: Index {index} does not match a secondary index that existed in the source table and cannot be created during the restore operation");
}
