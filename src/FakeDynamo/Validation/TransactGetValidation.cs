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

    /// <summary>Checks the request; returns each action's projection (null: the whole item), in request order.</summary>
    public static IReadOnlyList<IReadOnlyList<DocumentPath>?> Check(TransactGetItemsRequest request)
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

        var projections = new List<IReadOnlyList<DocumentPath>?>();
        foreach (var get in actions!.Select(a => a.Get))
        {
            // The same projection parser as GetItem: bare texts, names without an expression and unused names rejected.
            projections.Add(ReadExpressions.ParseProjection(get.ProjectionExpression, get.ExpressionAttributeNames, null));
            if (AttributeValueValidation.FirstProblem(get.Key) is { } problem)
            {
                throw DynamoErrors.Validation(problem);
            }
        }

        return projections;
    }

    /// <summary>
    /// The service prints the list with Java object identities (<c>…TransactGetItem@1a2b3c</c>), which cannot be
    /// reproduced; the fake prints a stable stand-in of the same shape (as BatchWriteItem's, data-plane §7.1 — Medium).
    /// </summary>
    private static string Render(List<TransactGetItem> actions) =>
        "[" + string.Join(", ", actions.Select((_, i) => $"com.amazonaws.dynamodb.v20120810.TransactGetItem@{i:x8}")) + "]";
}
