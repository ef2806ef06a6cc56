namespace FakeDynamo.Errors;

/// <summary>Continuous backups and point-in-time recovery errors (spec backup-api §10, §11).</summary>
internal static partial class DynamoErrors
{
    /// <summary>Disable with a recovery period (backup-api §2.2, §11, High).</summary>
    public static ServiceError RecoveryPeriodWhenDisabling() =>
        Validation("Invalid Request: Cannot specify RecoveryPeriodInDays when disabling point-in-time recovery.");

    /// <summary>Restore from a table without PITR (backup-api §10, High).</summary>
    public static ServiceError PointInTimeRecoveryNotEnabled(string name) =>
        new("PointInTimeRecoveryUnavailableException", $"Point in time recovery is not enabled for table '{name}'");

    /// <summary>
    /// Restore time outside the window (backup-api §10, Medium). The observed text is cut after
    /// "and LatestRestor…"; the tail is the presumed "LatestRestorableDateTime '&lt;ts&gt;'". Seconds-precision ISO-8601 UTC.
    /// </summary>
    public static ServiceError InvalidRestoreTime(DateTimeOffset requested, DateTimeOffset earliest, DateTimeOffset latest) =>
        new(
            "InvalidRestoreTimeException",
            $"RestoreDateTime '{Iso(requested)}' must be within EarliestRestorableDateTime '{Iso(earliest)}' and LatestRestorableDateTime '{Iso(latest)}'");

    /// <summary>Both time flags (backup-api §2.2; observed text cut after "Pleas…", tail unknown — ends here at the sentence).</summary>
    public static ServiceError BothRestoreTimes() =>
        Validation("Invalid Request: Both RestoreDateTime and UseLatestRestorableTime cannot be set for point-in-time restore request. Please specify only one of them.");

    /// <summary>Neither time flag (backup-api §2.2).</summary>
    public static ServiceError NoRestoreTime() =>
        Validation("Invalid Request: Either one of RestoreDateTime or UseLatestRestorableTime must be specified, but not both");

    /// <summary>Both source flags (backup-api §2.2; whether it carries an "Invalid Request: " prefix is unknown — none here).</summary>
    public static ServiceError BothSources() => Validation("Must provide exactly one of: sourceTableArn, sourceTableName");

    /// <summary>Malformed SourceTableArn (backup-api §2.2; prefix unknown — none here).</summary>
    public static ServiceError InvalidSourceTableArn() => Validation("sourceTableArn is not a valid ARN");

    /// <summary>Point-in-time restore from a missing SourceTableArn: the bare text observed in us-east-1 (backup-api §10, [L], Medium).</summary>
    public static ServiceError TableNotFoundBare() => new("TableNotFoundException", "Table not found");

    /// <summary>SourceTableArn of another account (backup-api §2.2, [L]; typographic apostrophe as observed).</summary>
    public static ServiceError NotResourceOwner() =>
        Validation("This action is only supported by accounts that match the resource owner\u2019s account.");

    /// <summary>
    /// A TableName ARN the service cannot parse: <c>1 validation error detected: Invalid AWS region in '&lt;ARN&gt;'</c>,
    /// likewise "Invalid AWS partition in" and "Invalid resource type in" (backup-api §2.2, §11, [L], observed for
    /// DescribeContinuousBackups; applied to UpdateContinuousBackups too).
    /// </summary>
    public static ServiceError InvalidArnPart(string part, string arn) => Validation($"1 validation error detected: Invalid {part} in '{arn}'");

    private static string Iso(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
}
