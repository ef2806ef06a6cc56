using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using FakeDynamo.Errors;
using FakeDynamo.Expressions;

namespace FakeDynamo.Validation;

/// <summary>
/// Request checks of PutItem, GetItem and DeleteItem that need no table (data-plane §1.4 phases 2–3, §4). Put and
/// Delete wrap value and placeholder texts in the 2026 envelope; Get does not (data-plane §0.1).
/// </summary>
internal static class ItemRequestValidation
{
    /// <summary>Checks a PutItem request; returns its parsed ConditionExpression, if any.</summary>
    public static IItemCondition? Put(PutItemRequest request) =>
        SingleWrite(request.TableName, request.Item, "item", request.ReturnValues, request.ReturnConsumedCapacity,
            request.ReturnItemCollectionMetrics, request.ReturnValuesOnConditionCheckFailure, request.ConditionExpression,
            request.Expected, request.ConditionalOperator, request.ExpressionAttributeNames, request.ExpressionAttributeValues);

    /// <summary>Checks a DeleteItem request; returns its parsed ConditionExpression, if any.</summary>
    public static IItemCondition? Delete(DeleteItemRequest request) =>
        SingleWrite(request.TableName, request.Key, "key", request.ReturnValues, request.ReturnConsumedCapacity,
            request.ReturnItemCollectionMetrics, request.ReturnValuesOnConditionCheckFailure, request.ConditionExpression,
            request.Expected, request.ConditionalOperator, request.ExpressionAttributeNames, request.ExpressionAttributeValues);

    /// <summary>
    /// What PutItem and DeleteItem share: the shape report, the condition (expression or legacy), ReturnValues limited
    /// to NONE/ALL_OLD, then the values of the item or key (enveloped, data-plane §0.1).
    /// </summary>
    private static IItemCondition? SingleWrite(
        string? tableName,
        Dictionary<string, AttributeValue>? attributes,
        string attributesPath,
        ReturnValue? returnValues,
        ReturnConsumedCapacity? returnConsumedCapacity,
        ReturnItemCollectionMetrics? returnItemCollectionMetrics,
        ReturnValuesOnConditionCheckFailure? returnValuesOnConditionCheckFailure,
        string? conditionExpression,
        Dictionary<string, ExpectedAttributeValue>? expected,
        ConditionalOperator? conditionalOperator,
        Dictionary<string, string>? names,
        Dictionary<string, AttributeValue>? values)
    {
        var report = new ValidationReport();
        DataPlaneValidation.TableName(report, tableName);
        report.NotNull(attributes, attributesPath);
        CommonWriteEnums(report, returnValues, returnConsumedCapacity, returnItemCollectionMetrics);
        report.Enum(returnValuesOnConditionCheckFailure?.Value, "returnValuesOnConditionCheckFailure", DataPlaneValidation.ReturnValuesOnConditionCheckFailureValues);
        LegacyShapeValidation.Expected(report, expected);
        LegacyShapeValidation.ConditionalOperator(report, conditionalOperator);
        report.ThrowIfAny();
        var condition = WriteExpressions(conditionExpression, expected, conditionalOperator, names, values, enveloped: true);
        OnlyAllOldOrNone(returnValues);
        if (AttributeValueValidation.FirstProblem(attributes!) is { } problem)
        {
            throw DynamoErrors.ValidationEnveloped(problem);
        }

        return condition;
    }

    /// <summary>Checks a GetItem request; returns its projection (ProjectionExpression or AttributesToGet), if any.</summary>
    public static IReadOnlyList<DocumentPath>? Get(GetItemRequest request)
    {
        var report = new ValidationReport();
        DataPlaneValidation.TableName(report, request.TableName);
        report.NotNull(request.Key, "key");
        report.Enum(request.ReturnConsumedCapacity?.Value, "returnConsumedCapacity", DataPlaneValidation.ReturnConsumedCapacityValues);
        DataPlaneValidation.AttributesToGet(report, request.AttributesToGet);
        report.ThrowIfAny();
        ParameterMixing.Check([("AttributesToGet", request.AttributesToGet is not null)], [("ProjectionExpression", request.ProjectionExpression is not null)]);
        var projection = ReadExpressions.ParseProjection(request.ProjectionExpression, request.ExpressionAttributeNames, request.AttributesToGet);
        if (AttributeValueValidation.FirstProblem(request.Key) is { } problem)
        {
            throw DynamoErrors.Validation(problem);
        }

        return projection;
    }

    private static void CommonWriteEnums(ValidationReport report, ReturnValue? returnValues, ReturnConsumedCapacity? capacity, ReturnItemCollectionMetrics? metrics)
    {
        report.Enum(returnValues?.Value, "returnValues", DataPlaneValidation.ReturnValuesValues);
        report.Enum(capacity?.Value, "returnConsumedCapacity", DataPlaneValidation.ReturnConsumedCapacityValues);
        report.Enum(metrics?.Value, "returnItemCollectionMetrics", DataPlaneValidation.ReturnItemCollectionMetricsValues);
    }

    /// <summary>
    /// The ConditionExpression and its placeholder maps (data-plane §3.8, §3.10; enveloped on Put/Delete, §0.1).
    /// Without an expression, legacy Expected/ConditionalOperator (data-plane §4.6). Shared with TransactWriteItems,
    /// whose texts are bare (data-plane §7.2).
    /// </summary>
    internal static IItemCondition? WriteExpressions(
        string? condition,
        Dictionary<string, ExpectedAttributeValue>? expected,
        ConditionalOperator? conditionalOperator,
        Dictionary<string, string>? names,
        Dictionary<string, AttributeValue>? values,
        bool enveloped)
    {
        ParameterMixing.Check(
            [("ConditionalOperator", conditionalOperator is not null), ("Expected", expected is not null)],
            [("ConditionExpression", condition is not null)]);
        var attributes = ExpressionAttributes.From(names, values, enveloped);
        if (condition is not null)
        {
            var parsed = ParsedCondition.Parse(condition, ExpressionKind.Condition, attributes, enveloped);
            attributes.CheckAllUsed();
            return parsed;
        }

        if (attributes.HasNames)
        {
            throw DynamoErrors.NamesWithoutExpressions(enveloped);
        }

        if (attributes.HasValues)
        {
            throw DynamoErrors.ValuesWithoutExpressions("ConditionExpression is null", enveloped);
        }

        return LegacyCondition.FromExpected(expected, conditionalOperator);
    }

    /// <summary>PutItem and DeleteItem accept only NONE and ALL_OLD of the five valid values (data-plane §4.2, §4.5).</summary>
    private static void OnlyAllOldOrNone(ReturnValue? returnValues)
    {
        if (returnValues is not null && returnValues.Value is not ("NONE" or "ALL_OLD"))
        {
            throw DynamoErrors.ReturnValuesInvalid();
        }
    }
}
