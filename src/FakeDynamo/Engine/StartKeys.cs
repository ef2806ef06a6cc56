using Amazon.DynamoDBv2.Model;
using FakeDynamo.Errors;
using FakeDynamo.Storage;
using FakeDynamo.Validation;

namespace FakeDynamo.Engine;

/// <summary>ExclusiveStartKey checks for Query and Scan on a table (data-plane §5.4).</summary>
internal static class StartKeys
{
    /// <summary>Well-formedness of the values: runs before the table is read (data-plane §1.4, §2.1 wrapper rules).</summary>
    public static void CheckValues(Dictionary<string, AttributeValue>? startKey)
    {
        if (startKey is null)
        {
            return;
        }

        foreach (var value in startKey.Values)
        {
            if (AttributeValueValidation.FirstProblem(value) is { } problem)
            {
                // Number, empty-NS and NS-duplicate texts come back unwrapped (data-plane §2.1, DYN tests — Medium).
                var unwrapped = problem.StartsWith("The parameter cannot", StringComparison.Ordinal)
                    || problem.StartsWith("Attempting to store", StringComparison.Ordinal)
                    || problem.StartsWith("Number ", StringComparison.Ordinal)
                    || problem.Contains("number set", StringComparison.Ordinal)
                    || problem == "Input collection contains duplicates";
                throw unwrapped ? DynamoErrors.Validation(problem) : DynamoErrors.StartKeyInvalid(problem);
            }
        }
    }

    /// <summary>The start key of a table Query: the table's key attributes, inside the queried range.</summary>
    public static KeyValue? ForQuery(TableSchema schema, Dictionary<string, AttributeValue>? startKey, QueryPlan plan)
    {
        if (startKey is null)
        {
            return null;
        }

        if (schema.SortKey is null)
        {
            // A hash-only partition holds one item, so the service refuses to restart (data-plane §5.4, ALT 2025).
            var rendered = "{" + string.Join(", ", startKey.Select(kv => $"{kv.Key}=AttributeValue: {Expressions.ConditionChecks.Render(kv.Value)}")) + "}";
            throw DynamoErrors.ExclusiveStartKeyOnHashOnlyTable(rendered);
        }

        // The order and the pairing of texts follow dynalite's live-calibrated tests (test/query.js): with a sort-key
        // condition the range predicate is checked first and a foreign partition then gets "at most one row"; without
        // one, a foreign partition is "outside query boundaries". A start key equal to an `sk = :v` row is accepted.
        var key = Extract(schema, startKey, DynamoErrors.StartKeyInvalid());
        if (plan.SortOperator is null)
        {
            return key.Partition.Equals(plan.Partition) ? key.Sort : throw DynamoErrors.StartKeyOutsideQuery();
        }

        if (!plan.Matches(key.Sort!))
        {
            throw DynamoErrors.StartKeyOutsideRange();
        }

        return key.Partition.Equals(plan.Partition) ? key.Sort : throw DynamoErrors.QueryCannotRestart();
    }

    /// <summary>The start key of a table Scan, which must lie in the requested segment.</summary>
    public static PrimaryKey? ForScan(TableSchema schema, Dictionary<string, AttributeValue>? startKey, int segment, int totalSegments)
    {
        if (startKey is null)
        {
            return null;
        }

        var key = Extract(schema, startKey, DynamoErrors.StartKeyInvalid("The provided key element does not match the schema"));
        if (totalSegments > 1 && Account.SegmentOf(key.Partition, totalSegments) != segment)
        {
            throw DynamoErrors.StartKeyWrongSegment(totalSegments, segment);
        }

        return key;
    }

    private static PrimaryKey Extract(TableSchema schema, Dictionary<string, AttributeValue> startKey, ServiceError wrongSet)
    {
        var names = schema.SortKey is null ? new[] { schema.PartitionKey.Name } : [schema.PartitionKey.Name, schema.SortKey.Name];
        if (startKey.Count != names.Length || !names.All(startKey.ContainsKey))
        {
            throw wrongSet;
        }

        return Keys.FromKey(schema, startKey);
    }
}
