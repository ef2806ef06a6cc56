using FakeDynamo.Errors;
using FakeDynamo.Expressions;
using FakeDynamo.Storage;

namespace FakeDynamo.Engine;

/// <summary>
/// A query's key conditions checked against the table's key schema (data-plane §5.3, the bare schema texts): the
/// partition to read and the optional sort-key predicate.
/// </summary>
internal sealed record QueryPlan(KeyValue Partition, KeyOperator? SortOperator, IReadOnlyList<KeyValue> SortValues)
{
    public static QueryPlan From(TableSchema schema, IReadOnlyList<KeyCondition> conditions) =>
        From(schema.PartitionKey, schema.SortKey, conditions, indexName: null);

    /// <summary>
    /// The plan on a secondary index's keys: the same rules and texts, naming the index's key attributes; an empty key
    /// value gets the secondary-index wording (data-plane §2.7: "also Query on that index with empty value").
    /// </summary>
    public static QueryPlan ForIndex(IndexDefinition index, IReadOnlyList<KeyCondition> conditions) =>
        From(index.PartitionKey, index.SortKey, conditions, index.Name);

    private static QueryPlan From(KeyAttribute partitionKey, KeyAttribute? sortKey, IReadOnlyList<KeyCondition> conditions, string? indexName)
    {
        var schema = (PartitionKey: partitionKey, SortKey: sortKey);
        if (conditions.Count > 2)
        {
            throw DynamoErrors.TooManyKeyConditions();
        }

        var hash = conditions.FirstOrDefault(c => c.AttributeName == schema.PartitionKey.Name)
            ?? throw DynamoErrors.QueryMissedKeyElement(schema.PartitionKey.Name);
        var other = conditions.FirstOrDefault(c => c != hash);
        if (other is not null && schema.SortKey is null)
        {
            throw DynamoErrors.MoreConditionsThanKeys(conditions.Count, 1);
        }

        if (other is not null && other.AttributeName != schema.SortKey!.Name)
        {
            throw DynamoErrors.QueryMissedKeyElement(schema.SortKey.Name);
        }

        if (hash.Operator != KeyOperator.Equal)
        {
            throw DynamoErrors.KeyConditionNotSupported();
        }

        var partition = Value(schema.PartitionKey, hash.Values[0], indexName);
        return other is null
            ? new QueryPlan(partition, null, [])
            : new QueryPlan(partition, other.Operator, other.Values.Select(v => Value(schema.SortKey!, v, indexName)).ToList());
    }

    /// <summary>Whether a sort-key value satisfies the sort-key condition (always true without one).</summary>
    public bool Matches(KeyValue sort) => SortOperator switch
    {
        null => true,
        KeyOperator.Equal => sort.CompareTo(SortValues[0]) == 0,
        KeyOperator.Less => sort.CompareTo(SortValues[0]) < 0,
        KeyOperator.LessOrEqual => sort.CompareTo(SortValues[0]) <= 0,
        KeyOperator.Greater => sort.CompareTo(SortValues[0]) > 0,
        KeyOperator.GreaterOrEqual => sort.CompareTo(SortValues[0]) >= 0,
        KeyOperator.Between => sort.CompareTo(SortValues[0]) >= 0 && sort.CompareTo(SortValues[1]) <= 0,
        _ => sort.StartsWith(SortValues[0]),
    };

    private static KeyValue Value(KeyAttribute key, Amazon.DynamoDBv2.Model.AttributeValue value, string? indexName)
    {
        if (Storage.AttributeValues.TypeOf(value) != key.TypeName)
        {
            throw DynamoErrors.KeyConditionTypeMismatch();
        }

        if (value.S is { Length: 0 } || value.B is { Length: 0 })
        {
            throw indexName is null
                ? DynamoErrors.EmptyKeyValue(key.Name, binary: value.B is not null)
                : DynamoErrors.EmptyIndexKeyValue(key.Name, indexName, binary: value.B is not null);
        }

        return KeyValue.From(value)!;
    }
}
