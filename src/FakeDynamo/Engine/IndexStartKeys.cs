using Amazon.DynamoDBv2.Model;
using FakeDynamo.Errors;
using FakeDynamo.Storage;

namespace FakeDynamo.Engine;

/// <summary>
/// ExclusiveStartKey checks for Query and Scan on a secondary index (data-plane §5.4): the key must hold exactly the
/// index key attributes plus the table key attributes (the LastEvaluatedKey set), with the schema's types.
/// </summary>
internal static class IndexStartKeys
{
    /// <summary>The start entry of an index query, inside the queried index partition and sort-key range.</summary>
    public static IndexEntryKey? ForQuery(IndexLayout layout, Dictionary<string, AttributeValue>? startKey, QueryPlan plan)
    {
        if (startKey is null)
        {
            return null;
        }

        // Same order and pairing of texts as a table query (StartKeys.ForQuery, dynalite's live-calibrated tests).
        var position = Extract(layout, startKey);
        if (plan.SortOperator is null)
        {
            return position.Partition.Equals(plan.Partition) ? position.Entry : throw DynamoErrors.StartKeyOutsideQuery();
        }

        if (!plan.Matches(position.Entry.IndexSort!))
        {
            throw DynamoErrors.StartKeyOutsideRange();
        }

        return position.Partition.Equals(plan.Partition) ? position.Entry : throw DynamoErrors.QueryCannotRestart();
    }

    /// <summary>The start position of an index scan, which must lie in the requested segment.</summary>
    public static IndexPosition? ForScan(IndexLayout layout, Dictionary<string, AttributeValue>? startKey, int segment, int totalSegments)
    {
        if (startKey is null)
        {
            return null;
        }

        var position = Extract(layout, startKey);
        if (totalSegments > 1 && Account.SegmentOf(position.Partition, totalSegments) != segment)
        {
            throw DynamoErrors.StartKeyWrongSegment(totalSegments, segment);
        }

        return position;
    }

    /// <summary>
    /// The attribute set must be exactly the LastEvaluatedKey set: otherwise the bare `The provided starting key is
    /// invalid` (Query, and Scan on an index — data-plane §5.4); a value of the wrong type is `The provided key element
    /// does not match the schema`.
    /// </summary>
    private static IndexPosition Extract(IndexLayout layout, Dictionary<string, AttributeValue> startKey)
    {
        var names = layout.KeyNames().ToList();
        if (startKey.Count != names.Count || !names.All(startKey.ContainsKey))
        {
            throw DynamoErrors.StartKeyInvalid();
        }

        var index = layout.Index;
        var partition = Value(index.PartitionKey, startKey);
        var sort = index.SortKey is null ? null : Value(index.SortKey, startKey);
        var tableSort = layout.TableSortKey is null ? null : Value(layout.TableSortKey, startKey);
        var tableKey = new PrimaryKey(Value(layout.TablePartitionKey, startKey), tableSort);
        return new IndexPosition(partition, new IndexEntryKey(sort, tableKey));
    }

    private static KeyValue Value(KeyAttribute key, Dictionary<string, AttributeValue> startKey)
    {
        var value = startKey[key.Name];
        return AttributeValues.TypeOf(value) == key.TypeName ? KeyValue.From(value)! : throw DynamoErrors.KeyDoesNotMatchSchema();
    }
}
