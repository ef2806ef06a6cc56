using System.Globalization;
using System.Text;
using Amazon.DynamoDBv2.Model;
using FakeDynamo.Errors;
using FakeDynamo.Expressions;

namespace FakeDynamo.Validation;

/// <summary>
/// Request checks of BatchGetItem and BatchWriteItem that need no table (data-plane §6). Every check runs before any
/// table is read or written: the batch is validated all-or-nothing. Texts are bare (data-plane §0.1).
/// </summary>
internal static class BatchRequestValidation
{
    /// <summary>Keys over all tables of one BatchGetItem (data-plane §6.1).</summary>
    public const int MaxGetKeys = 100;

    /// <summary>Write requests over all tables of one BatchWriteItem (data-plane §6.2).</summary>
    public const int MaxWriteRequests = 25;

    /// <summary>Checks a BatchGetItem request; returns each table's projection (null: whole items).</summary>
    public static Dictionary<string, IReadOnlyList<DocumentPath>?> Get(BatchGetItemRequest request)
    {
        var report = new ValidationReport();
        report.NotNull(request.RequestItems, "requestItems");
        if (request.RequestItems is { Count: 0 })
        {
            report.Add("{}", "requestItems", "Member must have length greater than or equal to 1");
        }

        foreach (var (table, keysAndAttributes) in request.RequestItems ?? [])
        {
            var path = $"requestItems.{table}.member.keys";
            var keys = keysAndAttributes?.Keys;
            report.NotNull(keys, path);
            if (keys is { Count: 0 })
            {
                report.Add("[]", path, "Member must have length greater than or equal to 1");
            }
            else if (keys is { Count: > MaxGetKeys })
            {
                report.Add(RenderKeys(keys), path, $"Member must have length less than or equal to {MaxGetKeys}");
            }
        }

        report.Enum(request.ReturnConsumedCapacity?.Value, "returnConsumedCapacity", DataPlaneValidation.ReturnConsumedCapacityValues);
        report.ThrowIfAny();
        if (request.RequestItems!.Values.Sum(k => k.Keys.Count) > MaxGetKeys)
        {
            throw DynamoErrors.TooManyBatchGetKeys();
        }

        var projections = new Dictionary<string, IReadOnlyList<DocumentPath>?>();
        foreach (var (table, keysAndAttributes) in request.RequestItems)
        {
            ParameterMixing.Check([("AttributesToGet", keysAndAttributes.AttributesToGet is not null)], [("ProjectionExpression", keysAndAttributes.ProjectionExpression is not null)]);
            projections[table] = ReadExpressions.ParseProjection(keysAndAttributes.ProjectionExpression, keysAndAttributes.ExpressionAttributeNames, keysAndAttributes.AttributesToGet);

            foreach (var key in keysAndAttributes.Keys)
            {
                if (AttributeValueValidation.FirstProblem(key) is { } problem)
                {
                    throw DynamoErrors.Validation(problem);
                }
            }

            // Duplicates are judged on the wire value: 1000 and 1e3 are not duplicates here (data-plane §6.1, ALT).
            if (keysAndAttributes.Keys.Select(WireText).Distinct(StringComparer.Ordinal).Count() != keysAndAttributes.Keys.Count)
            {
                throw DynamoErrors.DuplicateKeysInBatch();
            }
        }

        return projections;
    }

    public static void Write(BatchWriteItemRequest request)
    {
        var report = new ValidationReport();
        report.NotNull(request.RequestItems, "requestItems");
        if (request.RequestItems is { Count: 0 })
        {
            report.Add("{}", "requestItems", "Member must have length greater than or equal to 1");
        }

        foreach (var (table, writes) in request.RequestItems ?? [])
        {
            if (writes is null || writes.Count is 0 or > MaxWriteRequests)
            {
                report.Add(RenderWrites(request.RequestItems!), "requestItems",
                    $"Map value must satisfy constraint: [Member must have length less than or equal to {MaxWriteRequests}, Member must have length greater than or equal to 1]");
                break;
            }
        }

        report.Enum(request.ReturnConsumedCapacity?.Value, "returnConsumedCapacity", DataPlaneValidation.ReturnConsumedCapacityValues);
        report.Enum(request.ReturnItemCollectionMetrics?.Value, "returnItemCollectionMetrics", DataPlaneValidation.ReturnItemCollectionMetricsValues);
        report.ThrowIfAny();
        if (request.RequestItems!.Values.Sum(w => w.Count) > MaxWriteRequests)
        {
            throw DynamoErrors.TooManyBatchWriteRequests();
        }

        foreach (var write in request.RequestItems.Values.SelectMany(w => w))
        {
            if (write is null || (write.PutRequest is null) == (write.DeleteRequest is null))
            {
                throw DynamoErrors.WriteRequestNotExactlyOne();
            }

            var values = write.PutRequest is not null ? write.PutRequest.Item : write.DeleteRequest!.Key;
            if (values is null)
            {
                throw DynamoErrors.KeyDoesNotMatchSchema();
            }

            if (AttributeValueValidation.FirstProblem(values) is { } problem)
            {
                throw DynamoErrors.Validation(problem);
            }
        }
    }

    /// <summary>A key as sent on the wire, attribute order ignored (for BatchGetItem's duplicate check).</summary>
    private static string WireText(Dictionary<string, AttributeValue> key)
    {
        var text = new StringBuilder();
        foreach (var (name, value) in key.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            var raw = value.S ?? value.N ?? (value.B is null ? Storage.AttributeValues.TypeOf(value) : Convert.ToBase64String(value.B.ToArray()));
            text.Append(name.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(name)
                .Append(Storage.AttributeValues.TypeOf(value)).Append(raw.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(raw);
        }

        return text.ToString();
    }

    /// <summary>Java-style list of key maps, as in the service's constraint messages (exact rendering not pinned, data-plane §6.1).</summary>
    private static string RenderKeys(List<Dictionary<string, AttributeValue>> keys) =>
        "[" + string.Join(", ", keys.Select(k => "{" + string.Join(", ", k.Select(kv => $"{kv.Key}=AttributeValue: {ConditionChecks.Render(kv.Value)}")) + "}")) + "]";

    /// <summary>
    /// The service prints the request map with Java object identities (<c>…WriteRequest@1a2b3c</c>), which cannot be
    /// reproduced; the fake prints a stable stand-in in the same shape (data-plane §6.2, text not pinned).
    /// </summary>
    private static string RenderWrites(Dictionary<string, List<WriteRequest>> items) =>
        "{" + string.Join(", ", items.Select(kv =>
            $"{kv.Key}=[" + string.Join(", ", (kv.Value ?? []).Select((_, i) => $"com.amazonaws.dynamodb.v20120810.WriteRequest@{i:x8}")) + "]")) + "}";
}
