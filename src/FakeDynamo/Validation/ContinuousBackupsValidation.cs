using Amazon.DynamoDBv2.Model;
using FakeDynamo.Backups;
using FakeDynamo.Errors;

namespace FakeDynamo.Validation;

/// <summary>Shape validation of Update/DescribeContinuousBackups (backup-api §11).</summary>
internal static class ContinuousBackupsValidation
{
    /// <summary>Partitions the service recognises in an ARN.</summary>
    private static readonly HashSet<string> Partitions =
        new(["aws", "aws-cn", "aws-us-gov", "aws-iso", "aws-iso-b", "aws-iso-e", "aws-iso-f", "aws-eusc"], StringComparer.Ordinal);

    public static void Describe(DescribeContinuousBackupsRequest request, string ownRegion)
    {
        var report = new ValidationReport();
        report.NotNull(request.TableName, "tableName");
        report.Length(request.TableName, "tableName", 1, 1024);
        report.ThrowIfAny();
        TableArn(request.TableName, ownRegion);
    }

    public static void Update(UpdateContinuousBackupsRequest request, string ownRegion)
    {
        var report = new ValidationReport();
        report.NotNull(request.TableName, "tableName");
        report.Length(request.TableName, "tableName", 1, 1024);
        var spec = request.PointInTimeRecoverySpecification;
        report.NotNull(spec, "pointInTimeRecoverySpecification");
        if (spec is not null)
        {
            report.NotNull(spec.PointInTimeRecoveryEnabled, "pointInTimeRecoverySpecification.pointInTimeRecoveryEnabled");
            report.Range(spec.RecoveryPeriodInDays, "pointInTimeRecoverySpecification.recoveryPeriodInDays", 1, 35);
        }

        report.ThrowIfAny();
        if (spec!.PointInTimeRecoveryEnabled == false && spec.RecoveryPeriodInDays is not null)
        {
            throw DynamoErrors.RecoveryPeriodWhenDisabling();
        }

        TableArn(request.TableName, ownRegion);
    }

    /// <summary>
    /// A TableName that is an ARN must name a known partition, a known region and a table (backup-api §11): checked in
    /// that order. A well-formed ARN of another region or account is merely "not found" later.
    /// </summary>
    private static void TableArn(string tableName, string ownRegion)
    {
        if (!tableName.StartsWith("arn:", StringComparison.Ordinal))
        {
            return;
        }

        var parts = tableName.Split(':', 6);
        if (parts.Length < 6 || !Partitions.Contains(parts[1]))
        {
            throw DynamoErrors.InvalidArnPart("AWS partition", tableName);
        }

        if (parts[3] != ownRegion && !BackupArn.IsKnownRegion(parts[3]))
        {
            throw DynamoErrors.InvalidArnPart("AWS region", tableName);
        }

        if (!parts[5].StartsWith("table/", StringComparison.Ordinal))
        {
            throw DynamoErrors.InvalidArnPart("resource type", tableName);
        }
    }
}
