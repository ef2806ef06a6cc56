using Amazon.DynamoDBv2.Model;
using FakeDynamo.Errors;

namespace FakeDynamo.Validation;

/// <summary>Entry points for shape validation of table control-plane requests (data-plane §8), before any state is read.</summary>
internal static class TableRequestValidation
{
    /// <summary>Every stateless CreateTable check (<see cref="CreateTableValidation"/>).</summary>
    public static void CreateTable(CreateTableRequest request) => CreateTableValidation.Validate(request);

    /// <summary>
    /// DescribeTable/DeleteTable/UpdateTable/TTL name checks: legacy texts (data-plane §8.1). A table ARN is accepted
    /// (the member is a TableArn today) and resolved by the engine.
    /// </summary>
    public static void ControlPlaneTableName(string? tableName)
    {
        if (tableName is null)
        {
            throw DynamoErrors.TableNameRequired();
        }

        if (tableName.StartsWith("arn:", StringComparison.Ordinal))
        {
            return;
        }

        if (tableName.Length is < 3 or > 255)
        {
            throw DynamoErrors.TableNameLength();
        }

        var report = new ValidationReport();
        report.NamePattern(tableName, "tableName");
        report.ThrowIfAny();
    }
}
