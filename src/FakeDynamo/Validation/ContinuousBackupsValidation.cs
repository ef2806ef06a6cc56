using Amazon.DynamoDBv2.Model;
using FakeDynamo.Errors;

namespace FakeDynamo.Validation;

/// <summary>Shape validation of Update/DescribeContinuousBackups (backup-api §11).</summary>
internal static class ContinuousBackupsValidation
{
    public static void Describe(DescribeContinuousBackupsRequest request)
    {
        var report = new ValidationReport();
        report.NotNull(request.TableName, "tableName");
        report.Length(request.TableName, "tableName", 1, 1024);
        report.ThrowIfAny();
    }

    public static void Update(UpdateContinuousBackupsRequest request)
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
    }
}
