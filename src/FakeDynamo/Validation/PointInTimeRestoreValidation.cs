using Amazon.DynamoDBv2.Model;
using FakeDynamo.Backups;
using FakeDynamo.Errors;

namespace FakeDynamo.Validation;

/// <summary>
/// Shape validation of RestoreTableToPointInTime (backup-api §2.1, §2.2, §10): the constraint envelope first, then the
/// time flags (exactly one of RestoreDateTime / UseLatestRestorableTime=true), then the source flags (exactly one of
/// SourceTableArn / SourceTableName). Override shapes are those of RestoreTableFromBackup (shared check, in the
/// envelope); override meaning is checked by the shared <see cref="RestorePlanner"/>.
/// </summary>
internal static class PointInTimeRestoreValidation
{
    public static void Validate(RestoreTableToPointInTimeRequest request)
    {
        var report = new ValidationReport();
        report.NotNull(request.TargetTableName, "targetTableName");
        report.Length(request.TargetTableName, "targetTableName", 3, 255);
        report.NamePattern(request.TargetTableName, "targetTableName");
        report.Length(request.SourceTableName, "sourceTableName", 3, 255);
        report.NamePattern(request.SourceTableName, "sourceTableName");
        report.Length(request.SourceTableArn, "sourceTableArn", 1, 1024);
        BackupRequestValidation.Overrides(report, RestoreOverrides.From(request));
        report.ThrowIfAny();

        var latest = request.UseLatestRestorableTime == true;
        if (latest && request.RestoreDateTime is not null)
        {
            throw DynamoErrors.BothRestoreTimes();
        }

        if (!latest && request.RestoreDateTime is null)
        {
            throw DynamoErrors.NoRestoreTime();
        }

        if (request.SourceTableArn is not null && request.SourceTableName is not null)
        {
            throw DynamoErrors.BothSources();
        }

        if (request.SourceTableArn is null && request.SourceTableName is null)
        {
            throw DynamoErrors.TableNameRequired();
        }

        if (request.SourceTableArn is { } arn && !IsTableArnShape(arn))
        {
            throw DynamoErrors.InvalidSourceTableArn();
        }
    }

    /// <summary><c>arn:&lt;partition&gt;:dynamodb:&lt;region&gt;:&lt;account&gt;:table/&lt;name&gt;</c>.</summary>
    private static bool IsTableArnShape(string arn)
    {
        var parts = arn.Split(':', 6);
        return parts.Length == 6 && parts[0] == "arn" && parts[1].Length > 0 && parts[2] == "dynamodb" &&
               parts[3].Length > 0 && parts[4].Length == 12 && parts[4].All(char.IsAsciiDigit) &&
               parts[5].StartsWith("table/", StringComparison.Ordinal) && Names.IsValidTableName(parts[5]["table/".Length..]);
    }
}
