using Amazon.DynamoDBv2.Model;
using FakeDynamo.Errors;

namespace FakeDynamo.Expressions;

/// <summary>
/// A Query's key conditions (KeyConditionExpression or legacy KeyConditions), filter (FilterExpression or legacy
/// QueryFilter) and projection, parsed against one placeholder map (data-plane §3.8, §3.10, §5.3).
/// </summary>
internal static class QueryExpressions
{
    public static (IReadOnlyList<KeyCondition> Conditions, ReadExpressions Reads) Parse(QueryRequest request, ExpressionAttributes attributes)
    {
        if (request.KeyConditionExpression is null && request.FilterExpression is null)
        {
            if (request.ProjectionExpression is null && attributes.HasNames)
            {
                throw DynamoErrors.NamesWithoutExpressions(enveloped: false);
            }

            if (attributes.HasValues)
            {
                throw DynamoErrors.ValuesWithoutExpressions("FilterExpression and KeyConditionExpression are null", enveloped: false);
            }
        }

        var conditions = request.KeyConditionExpression is not null
            ? KeyConditions.Parse(request.KeyConditionExpression, attributes)
            : LegacyKeyConditions.From(request.KeyConditions);
        var legacy = LegacyCondition.FromFilter(request.QueryFilter, request.ConditionalOperator, "QueryFilter");
        var reads = ReadExpressions.Parse(request.FilterExpression, request.ProjectionExpression, request.AttributesToGet, attributes, legacy);
        attributes.CheckAllUsed();
        return (conditions, reads);
    }
}
