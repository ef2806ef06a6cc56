using Amazon.DynamoDBv2.Model;
using FakeDynamo.Errors;
using FakeDynamo.Expressions;

namespace FakeDynamo.Validation;

/// <summary>
/// Request checks of UpdateItem that need no table (data-plane §1.4, §3.8, §3.10, §4.4). Expression, placeholder and
/// value texts carry the 2026 envelope (data-plane §0.1: verified for UpdateItem).
/// </summary>
internal static class UpdateRequestValidation
{
    public static (IItemUpdate? Update, IItemCondition? Condition) Check(UpdateItemRequest request)
    {
        var report = new ValidationReport();
        DataPlaneValidation.TableName(report, request.TableName);
        report.NotNull(request.Key, "key");
        report.Enum(request.ReturnValues?.Value, "returnValues", DataPlaneValidation.ReturnValuesValues);
        report.Enum(request.ReturnConsumedCapacity?.Value, "returnConsumedCapacity", DataPlaneValidation.ReturnConsumedCapacityValues);
        report.Enum(request.ReturnItemCollectionMetrics?.Value, "returnItemCollectionMetrics", DataPlaneValidation.ReturnItemCollectionMetricsValues);
        report.Enum(request.ReturnValuesOnConditionCheckFailure?.Value, "returnValuesOnConditionCheckFailure", DataPlaneValidation.ReturnValuesOnConditionCheckFailureValues);
        LegacyShapeValidation.AttributeUpdates(report, request.AttributeUpdates);
        LegacyShapeValidation.Expected(report, request.Expected);
        LegacyShapeValidation.ConditionalOperator(report, request.ConditionalOperator);
        report.ThrowIfAny();

        // data-plane §3.10: UpdateItem lists {AttributeUpdates, Expected}; ConditionalOperator's place is the model's.
        ParameterMixing.Check(
            [("AttributeUpdates", request.AttributeUpdates is not null), ("ConditionalOperator", request.ConditionalOperator is not null),
             ("Expected", request.Expected is not null)],
            [("UpdateExpression", request.UpdateExpression is not null), ("ConditionExpression", request.ConditionExpression is not null)]);
        var attributes = ExpressionAttributes.From(request.ExpressionAttributeNames, request.ExpressionAttributeValues, enveloped: true);
        IItemUpdate? update = request.UpdateExpression is null ? null : ParsedUpdate.Parse(request.UpdateExpression, attributes, enveloped: true);
        IItemCondition? condition = request.ConditionExpression is null
            ? null
            : ParsedCondition.Parse(request.ConditionExpression, ExpressionKind.Condition, attributes, enveloped: true);
        if (update is null && condition is null)
        {
            if (attributes.HasNames)
            {
                throw DynamoErrors.NamesWithoutExpressions(enveloped: true);
            }

            if (attributes.HasValues)
            {
                throw DynamoErrors.ValuesWithoutExpressions("UpdateExpression and ConditionExpression are null", enveloped: true);
            }
        }

        attributes.CheckAllUsed();
        update ??= request.AttributeUpdates is null ? null : LegacyUpdate.Parse(request.AttributeUpdates);
        condition ??= LegacyCondition.FromExpected(request.Expected, request.ConditionalOperator);
        if (AttributeValueValidation.FirstProblem(request.Key) is { } problem)
        {
            throw DynamoErrors.ValidationEnveloped(problem);
        }

        return (update, condition);
    }
}
