using Amazon.DynamoDBv2.Model;
using FakeDynamo.Errors;

namespace FakeDynamo.Validation;

/// <summary>UpdateTimeToLive / DescribeTimeToLive shape checks (spec data-plane §8.5).</summary>
internal static class TimeToLiveValidation
{
    public static void Update(UpdateTimeToLiveRequest request)
    {
        TableRequestValidation.ControlPlaneTableName(request.TableName);
        var report = new ValidationReport();
        var specification = request.TimeToLiveSpecification;
        report.NotNull(specification, "timeToLiveSpecification");
        if (specification is not null)
        {
            report.NotNull(specification.AttributeName, "timeToLiveSpecification.attributeName");
            report.Length(specification.AttributeName, "timeToLiveSpecification.attributeName", 1, 255);
            report.NotNull(specification.Enabled, "timeToLiveSpecification.enabled");
        }

        report.ThrowIfAny();
    }
}
