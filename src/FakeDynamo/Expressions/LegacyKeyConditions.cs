using Amazon.DynamoDBv2.Model;
using FakeDynamo.Errors;

namespace FakeDynamo.Expressions;

/// <summary>
/// Legacy Query KeyConditions (data-plane §3.10, §5.3): turned into the same <see cref="KeyCondition"/>s the
/// expression produces, so that the query plan (and its schema errors) is shared.
/// </summary>
internal static class LegacyKeyConditions
{
    public static IReadOnlyList<KeyCondition> From(Dictionary<string, Condition> conditions)
    {
        var result = new List<KeyCondition>();
        foreach (var (name, condition) in conditions)
        {
            var op = condition.ComparisonOperator?.Value ?? "EQ";
            var args = condition.AttributeValueList ?? [];

            // Arity, argument and type checks are the legacy ones shared with Expected and filters.
            LegacyCondition.Compare(name, op, args);
            var keyOperator = op switch
            {
                "EQ" => KeyOperator.Equal,
                "LT" => KeyOperator.Less,
                "LE" => KeyOperator.LessOrEqual,
                "GT" => KeyOperator.Greater,
                "GE" => KeyOperator.GreaterOrEqual,
                "BETWEEN" => KeyOperator.Between,
                "BEGINS_WITH" => KeyOperator.BeginsWith,

                // dynalite's legacy text [DYN]; text not re-verified.
                _ => throw DynamoErrors.Validation("Attempted conditional constraint is not an indexable operation"),
            };
            result.Add(new KeyCondition(name, keyOperator, args.Select(Storage.AttributeValues.Clone).ToList()));
        }

        return result;
    }
}
