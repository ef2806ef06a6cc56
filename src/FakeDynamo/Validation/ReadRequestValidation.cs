using Amazon.DynamoDBv2.Model;
using FakeDynamo.Errors;
using FakeDynamo.Expressions;

namespace FakeDynamo.Validation;

/// <summary>
/// Request checks of Query and Scan that need no table (data-plane §1.4 phases 2–3, §5.1, §5.2, §5.5), and the
/// honest refusal of features that later issues add (indexes, filters, projections, legacy parameters).
/// </summary>
internal static class ReadRequestValidation
{
    public static void Query(QueryRequest request)
    {
        var report = new ValidationReport();
        DataPlaneValidation.TableName(report, request.TableName);
        report.Range(request.Limit, "limit", 1, int.MaxValue);
        report.Enum(request.Select?.Value, "select", DataPlaneValidation.SelectValues);
        report.Enum(request.ReturnConsumedCapacity?.Value, "returnConsumedCapacity", DataPlaneValidation.ReturnConsumedCapacityValues);
        DataPlaneValidation.AttributesToGet(report, request.AttributesToGet);
        LegacyShapeValidation.Conditions(report, request.KeyConditions, "keyConditions");
        LegacyShapeValidation.Conditions(report, request.QueryFilter, "queryFilter");
        LegacyShapeValidation.ConditionalOperator(report, request.ConditionalOperator);
        report.ThrowIfAny();

        // Legacy KeyConditions may accompany Filter/ProjectionExpression when there is no KeyConditionExpression (§3.10).
        var keyConditionsMixed = request.KeyConditions is not null && request.KeyConditionExpression is not null;
        ParameterMixing.Check(
            [("AttributesToGet", request.AttributesToGet is not null), ("QueryFilter", request.QueryFilter is not null),
             ("ConditionalOperator", request.ConditionalOperator is not null), ("KeyConditions", keyConditionsMixed)],
            [("ProjectionExpression", request.ProjectionExpression is not null), ("FilterExpression", request.FilterExpression is not null),
             ("KeyConditionExpression", request.KeyConditionExpression is not null)]);

        // Query's Select-family errors carry the 2026 envelope (data-plane §0.1, §5.2).
        DataPlaneValidation.Select(request.Select?.Value, request.ProjectionExpression is not null, request.AttributesToGet is not null,
            request.IndexName is not null, enveloped: true);
        if (request.KeyConditionExpression is null && request.KeyConditions is null)
        {
            throw DynamoErrors.KeyConditionRequired();
        }
    }

    /// <summary>Checks a Scan request; returns its parsed filter and projection.</summary>
    public static ReadExpressions Scan(ScanRequest request)
    {
        var report = new ValidationReport();
        DataPlaneValidation.TableName(report, request.TableName);
        report.Range(request.Limit, "limit", 1, int.MaxValue);
        report.Range(request.Segment, "segment", 0, 999_999);
        report.Range(request.TotalSegments, "totalSegments", 1, 1_000_000);
        report.Enum(request.Select?.Value, "select", DataPlaneValidation.SelectValues);
        report.Enum(request.ReturnConsumedCapacity?.Value, "returnConsumedCapacity", DataPlaneValidation.ReturnConsumedCapacityValues);
        DataPlaneValidation.AttributesToGet(report, request.AttributesToGet);
        LegacyShapeValidation.Conditions(report, request.ScanFilter, "scanFilter");
        LegacyShapeValidation.ConditionalOperator(report, request.ConditionalOperator);
        report.ThrowIfAny();

        switch (request.Segment, request.TotalSegments)
        {
            case (not null, null):
                throw DynamoErrors.TotalSegmentsRequired();
            case (null, not null):
                throw DynamoErrors.SegmentRequired();
            case ({ } segment, { } total) when segment >= total:
                throw DynamoErrors.SegmentOutOfRange(segment, total);
        }

        ParameterMixing.Check(
            [("AttributesToGet", request.AttributesToGet is not null), ("ScanFilter", request.ScanFilter is not null),
             ("ConditionalOperator", request.ConditionalOperator is not null)],
            [("ProjectionExpression", request.ProjectionExpression is not null), ("FilterExpression", request.FilterExpression is not null)]);
        DataPlaneValidation.Select(request.Select?.Value, request.ProjectionExpression is not null, request.AttributesToGet is not null,
            request.IndexName is not null, enveloped: false);

        var attributes = ExpressionAttributes.From(request.ExpressionAttributeNames, request.ExpressionAttributeValues, enveloped: false);
        if (request.FilterExpression is null && request.ProjectionExpression is null && attributes.HasNames)
        {
            throw DynamoErrors.NamesWithoutExpressions(enveloped: false);
        }

        if (request.FilterExpression is null && attributes.HasValues)
        {
            throw DynamoErrors.ValuesWithoutExpressions("FilterExpression is null", enveloped: false);
        }

        var legacy = LegacyCondition.FromFilter(request.ScanFilter, request.ConditionalOperator, "ScanFilter");
        var expressions = ReadExpressions.Parse(request.FilterExpression, request.ProjectionExpression, request.AttributesToGet, attributes, legacy);
        attributes.CheckAllUsed();
        return expressions;
    }
}
