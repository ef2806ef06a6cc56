using Amazon.DynamoDBv2.Model;
using FakeDynamo.Errors;
using FakeDynamo.Expressions;
using FakeDynamo.Storage;

namespace FakeDynamo.Validation;

/// <summary>
/// Request checks of TransactWriteItems that need no table (data-plane §7.1, §7.2, §7.4): the shape report (1..100
/// actions, required members, enums, token length) first, then one action member per element, then each action's
/// expressions and values in request order, then the 4 MB payload limit. Texts are bare (data-plane §0.1, §7.2) and
/// every one of these is a whole-request ValidationException, never a cancellation.
/// </summary>
internal static class TransactWriteValidation
{
    /// <summary>Actions per request (data-plane §7.1; raised from 25 to 100 in 2022).</summary>
    public const int MaxActions = 100;

    /// <summary>ClientRequestToken length 1..36 (data-plane §7.4).</summary>
    public const int MaxTokenLength = 36;

    /// <summary>Aggregate request payload limit (data-plane §7.1: 4 MB).</summary>
    public const long MaxPayloadBytes = 4L * 1024 * 1024;

    public static IReadOnlyList<TransactWriteAction> Check(TransactWriteItemsRequest request)
    {
        var report = new ValidationReport();
        var elements = request.TransactItems;
        report.NotNull(elements, "transactItems");
        if (elements is { Count: 0 })
        {
            report.Add("[]", "transactItems", "Member must have length greater than or equal to 1");
        }
        else if (elements is { Count: > MaxActions })
        {
            report.Add(Render(elements), "transactItems", $"Member must have length less than or equal to {MaxActions}");
        }

        for (var i = 0; i < (elements?.Count ?? 0); i++)
        {
            Shape(report, elements![i], $"transactItems.{i + 1}.member"); // Coral paths count list members from 1.
        }

        report.Enum(request.ReturnConsumedCapacity?.Value, "returnConsumedCapacity", DataPlaneValidation.ReturnConsumedCapacityValues);
        report.Enum(request.ReturnItemCollectionMetrics?.Value, "returnItemCollectionMetrics", DataPlaneValidation.ReturnItemCollectionMetricsValues);
        report.Length(request.ClientRequestToken, "clientRequestToken", 1, MaxTokenLength);
        report.ThrowIfAny();

        if (elements!.Any(e => Members(e) != 1))
        {
            throw DynamoErrors.TransactActionNotExactlyOne();
        }

        var actions = elements!.Select(Action).ToList();
        if (PayloadSize(elements!) > MaxPayloadBytes)
        {
            throw DynamoErrors.TransactTooLarge();
        }

        return actions;
    }

    private static int Members(TransactWriteItem? element) =>
        element is null ? 0 : new object?[] { element.ConditionCheck, element.Put, element.Delete, element.Update }.Count(m => m is not null);

    private static void Shape(ValidationReport report, TransactWriteItem? element, string path)
    {
        if (element?.ConditionCheck is { } check)
        {
            report.NotNull(check.Key, path + ".conditionCheck.key");
            DataPlaneValidation.TableName(report, check.TableName, path + ".conditionCheck.tableName");
            report.NotNull(check.ConditionExpression, path + ".conditionCheck.conditionExpression");
            OnFailure(report, check.ReturnValuesOnConditionCheckFailure, path + ".conditionCheck");
        }

        if (element?.Put is { } put)
        {
            report.NotNull(put.Item, path + ".put.item");
            DataPlaneValidation.TableName(report, put.TableName, path + ".put.tableName");
            OnFailure(report, put.ReturnValuesOnConditionCheckFailure, path + ".put");
        }

        if (element?.Delete is { } delete)
        {
            report.NotNull(delete.Key, path + ".delete.key");
            DataPlaneValidation.TableName(report, delete.TableName, path + ".delete.tableName");
            OnFailure(report, delete.ReturnValuesOnConditionCheckFailure, path + ".delete");
        }

        if (element?.Update is { } update)
        {
            report.NotNull(update.Key, path + ".update.key");
            report.NotNull(update.UpdateExpression, path + ".update.updateExpression");
            DataPlaneValidation.TableName(report, update.TableName, path + ".update.tableName");
            OnFailure(report, update.ReturnValuesOnConditionCheckFailure, path + ".update");
        }
    }

    private static void OnFailure(ValidationReport report, Amazon.DynamoDBv2.ReturnValuesOnConditionCheckFailure? value, string path) =>
        report.Enum(value?.Value, path + ".returnValuesOnConditionCheckFailure", DataPlaneValidation.ReturnValuesOnConditionCheckFailureValues);

    /// <summary>One action's expressions (the same parsers and placeholder rules as Put/Update/DeleteItem, bare texts) and values.</summary>
    private static TransactWriteAction Action(TransactWriteItem element)
    {
        if (element.Put is { } put)
        {
            var condition = ItemRequestValidation.WriteExpressions(put.ConditionExpression, null, null, put.ExpressionAttributeNames, put.ExpressionAttributeValues, enveloped: false);
            Values(put.Item);
            if (AttributeValues.ItemSize(put.Item) > AttributeValueValidation.MaxItemSize)
            {
                throw DynamoErrors.ItemTooLarge();
            }

            return new(TransactWriteKind.Put, put.TableName, put.Item, condition, null, AllOld(put.ReturnValuesOnConditionCheckFailure));
        }

        if (element.Delete is { } delete)
        {
            var condition = ItemRequestValidation.WriteExpressions(delete.ConditionExpression, null, null, delete.ExpressionAttributeNames, delete.ExpressionAttributeValues, enveloped: false);
            Values(delete.Key);
            return new(TransactWriteKind.Delete, delete.TableName, delete.Key, condition, null, AllOld(delete.ReturnValuesOnConditionCheckFailure));
        }

        if (element.ConditionCheck is { } check)
        {
            var condition = ItemRequestValidation.WriteExpressions(check.ConditionExpression, null, null, check.ExpressionAttributeNames, check.ExpressionAttributeValues, enveloped: false);
            Values(check.Key);
            return new(TransactWriteKind.ConditionCheck, check.TableName, check.Key, condition, null, AllOld(check.ReturnValuesOnConditionCheckFailure));
        }

        var update = element.Update;
        var attributes = ExpressionAttributes.From(update.ExpressionAttributeNames, update.ExpressionAttributeValues, enveloped: false);
        var parsedUpdate = ParsedUpdate.Parse(update.UpdateExpression, attributes, enveloped: false);
        var parsedCondition = update.ConditionExpression is null
            ? null
            : ParsedCondition.Parse(update.ConditionExpression, ExpressionKind.Condition, attributes, enveloped: false);
        attributes.CheckAllUsed();
        Values(update.Key);
        return new(TransactWriteKind.Update, update.TableName, update.Key, parsedCondition, parsedUpdate, AllOld(update.ReturnValuesOnConditionCheckFailure));
    }

    private static void Values(Dictionary<string, AttributeValue> map)
    {
        if (AttributeValueValidation.FirstProblem(map) is { } problem)
        {
            throw DynamoErrors.Validation(problem);
        }
    }

    private static bool AllOld(Amazon.DynamoDBv2.ReturnValuesOnConditionCheckFailure? value) => value?.Value == "ALL_OLD";

    /// <summary>
    /// The request's payload as the service counts it (data-plane §7.1: the request size, not the items touched): items,
    /// keys, placeholder values and expression texts.
    /// </summary>
    private static long PayloadSize(List<TransactWriteItem> elements)
    {
        static long Map(Dictionary<string, AttributeValue>? map) => map is null ? 0 : AttributeValues.ItemSize(map);
        static long Text(params string?[] texts) => texts.Sum(t => (long)(t?.Length ?? 0));
        static long Names(Dictionary<string, string>? names) => names?.Sum(kv => (long)kv.Key.Length + kv.Value.Length) ?? 0;
        return elements.Sum(e =>
            e.Put is { } p ? Map(p.Item) + Map(p.ExpressionAttributeValues) + Names(p.ExpressionAttributeNames) + Text(p.TableName, p.ConditionExpression)
            : e.Delete is { } d ? Map(d.Key) + Map(d.ExpressionAttributeValues) + Names(d.ExpressionAttributeNames) + Text(d.TableName, d.ConditionExpression)
            : e.ConditionCheck is { } c ? Map(c.Key) + Map(c.ExpressionAttributeValues) + Names(c.ExpressionAttributeNames) + Text(c.TableName, c.ConditionExpression)
            : Map(e.Update.Key) + Map(e.Update.ExpressionAttributeValues) + Names(e.Update.ExpressionAttributeNames)
              + Text(e.Update.TableName, e.Update.ConditionExpression, e.Update.UpdateExpression));
    }

    /// <summary>A stable stand-in for the service's Java object identities (as TransactGetItems', data-plane §7.1 — Medium).</summary>
    private static string Render(List<TransactWriteItem> actions) =>
        "[" + string.Join(", ", actions.Select((_, i) => $"com.amazonaws.dynamodb.v20120810.TransactWriteItem@{i:x8}")) + "]";
}
