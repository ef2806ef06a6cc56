using Amazon.DynamoDBv2.Model;
using FakeDynamo.Errors;
using FakeDynamo.Expressions;

namespace FakeDynamo.Validation;

/// <summary>
/// Request checks of TransactGetItems that need no table (data-plane §7.5, §1.3): the shape report (1..100 actions,
/// required members, enums) first, then the per-action value checks. Texts are bare (data-plane §0.1).
/// </summary>
internal static class TransactGetValidation
{
    /// <summary>Get actions per request (data-plane §7.5; raised from 25 to 100 in 2022).</summary>
    public const int MaxActions = 100;

    public static void Check(TransactGetItemsRequest request)
    {
        var report = new ValidationReport();
        var actions = request.TransactItems;
        report.NotNull(actions, "transactItems");
        if (actions is { Count: 0 })
        {
            report.Add("[]", "transactItems", "Member must have length greater than or equal to 1");
        }
        else if (actions is { Count: > MaxActions })
        {
            report.Add(Render(actions), "transactItems", $"Member must have length less than or equal to {MaxActions}");
        }

        for (var i = 0; i < (actions?.Count ?? 0); i++)
        {
            // Coral paths count list members from 1.
            var path = $"transactItems.{i + 1}.member.get";
            var get = actions![i]?.Get;
            report.NotNull(get, path);
            if (get is not null)
            {
                report.NotNull(get.Key, path + ".key");
                DataPlaneValidation.TableName(report, get.TableName, path + ".tableName");
            }
        }

        report.Enum(request.ReturnConsumedCapacity?.Value, "returnConsumedCapacity", DataPlaneValidation.ReturnConsumedCapacityValues);
        report.ThrowIfAny();

        // Transactional capacity (2 × per item, data-plane §4.7) is not reported yet: refuse it openly.
        if (request.ReturnConsumedCapacity?.Value is "TOTAL" or "INDEXES")
        {
            throw DataPlaneValidation.NotYet($"ReturnConsumedCapacity {request.ReturnConsumedCapacity.Value} on TransactGetItems");
        }

        foreach (var get in actions!.Select(a => a.Get))
        {
            if (get.ProjectionExpression is not null)
            {
                // Projections belong to the expression work (docs/indexes.md): refused by name until it lands.
                throw DataPlaneValidation.NotYet("ProjectionExpression in TransactGetItems");
            }

            if (ExpressionAttributes.From(get.ExpressionAttributeNames, null, enveloped: false).HasNames)
            {
                throw DynamoErrors.NamesWithoutExpressions(enveloped: false);
            }

            if (AttributeValueValidation.FirstProblem(get.Key) is { } problem)
            {
                throw DynamoErrors.Validation(problem);
            }
        }
    }

    /// <summary>
    /// The service prints the list with Java object identities (<c>…TransactGetItem@1a2b3c</c>), which cannot be
    /// reproduced; the fake prints a stable stand-in of the same shape (as BatchWriteItem's, data-plane §7.1 — Medium).
    /// </summary>
    private static string Render(List<TransactGetItem> actions) =>
        "[" + string.Join(", ", actions.Select((_, i) => $"com.amazonaws.dynamodb.v20120810.TransactGetItem@{i:x8}")) + "]";
}
