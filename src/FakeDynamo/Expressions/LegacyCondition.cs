using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using FakeDynamo.Errors;
using FakeDynamo.Storage;

namespace FakeDynamo.Expressions;

/// <summary>
/// The legacy (non-expression) conditions: Expected, QueryFilter and ScanFilter, combined by ConditionalOperator
/// (data-plane §4.6). Texts are the legacy ones [DYN]; they are bare (no 2026 observation shows them enveloped).
/// </summary>
internal sealed class LegacyCondition : IItemCondition
{
    private const string Invalid = "One or more parameter values were invalid: ";

    private readonly IReadOnlyList<Func<IReadOnlyDictionary<string, AttributeValue>?, bool>> _tests;
    private readonly bool _any;

    private LegacyCondition(IReadOnlyList<Func<IReadOnlyDictionary<string, AttributeValue>?, bool>> tests, bool any, IReadOnlyCollection<string> roots)
    {
        _tests = tests;
        _any = any;
        Roots = roots;
    }

    public IReadOnlyCollection<string> Roots { get; }

    public bool Matches(IReadOnlyDictionary<string, AttributeValue>? item) =>
        _any ? _tests.Any(t => t(item)) : _tests.All(t => t(item));

    /// <summary>PutItem/UpdateItem/DeleteItem Expected.</summary>
    public static LegacyCondition? FromExpected(Dictionary<string, ExpectedAttributeValue>? expected, ConditionalOperator? conditionalOperator)
    {
        CheckOperatorUse(expected?.Count ?? 0, conditionalOperator, "Expected");
        if (expected is null)
        {
            return null;
        }

        var tests = expected.Select(kv => Expected(kv.Key, kv.Value)).ToList();
        return new LegacyCondition(tests, conditionalOperator?.Value == "OR", expected.Keys.ToList());
    }

    /// <summary>Query QueryFilter / Scan ScanFilter.</summary>
    public static LegacyCondition? FromFilter(Dictionary<string, Condition>? filter, ConditionalOperator? conditionalOperator, string parameter)
    {
        CheckOperatorUse(filter?.Count ?? 0, conditionalOperator, parameter);
        if (filter is null)
        {
            return null;
        }

        var tests = filter.Select(kv => Compare(kv.Key, kv.Value.ComparisonOperator?.Value, Arguments(kv.Key, null, kv.Value.AttributeValueList))).ToList();
        return new LegacyCondition(tests, conditionalOperator?.Value == "OR", filter.Keys.ToList());
    }

    private static void CheckOperatorUse(int conditions, ConditionalOperator? conditionalOperator, string parameter)
    {
        if (conditionalOperator is not null && conditions == 0)
        {
            // data-plane §4.6: "mentioning ConditionalOperator (text not pinned)". Text unknown; most plausible wording.
            throw DynamoErrors.Validation($"{Invalid}ConditionalOperator can only be used when {parameter} is present");
        }
    }

    private static Func<IReadOnlyDictionary<string, AttributeValue>?, bool> Expected(string name, ExpectedAttributeValue expected)
    {
        var list = expected.AttributeValueList is { Count: > 0 } ? expected.AttributeValueList : null;
        if (expected.ComparisonOperator is null)
        {
            if (list is not null)
            {
                throw DynamoErrors.Validation($"{Invalid}AttributeValueList can only be used with a ComparisonOperator for Attribute: {name}");
            }

            switch (expected.Exists, expected.Value)
            {
                case (false, not null):
                    throw DynamoErrors.Validation($"{Invalid}Value cannot be used when Exists is false for Attribute: {name}");
                case (false, null):
                    return item => item?.GetValueOrDefault(name) is null;
                case (true, null):
                    throw DynamoErrors.Validation($"{Invalid}Value must be provided when Exists is true for Attribute: {name}");
                case (null, null):
                    throw DynamoErrors.Validation($"{Invalid}Value must be provided when Exists is null for Attribute: {name}");
                default:
                    return Compare(name, "EQ", Arguments(name, expected.Value, null));
            }
        }

        if (expected.Exists is not null)
        {
            throw DynamoErrors.Validation($"{Invalid}Exists and ComparisonOperator cannot be used together for Attribute: {name}");
        }

        if (expected.Value is not null && list is not null)
        {
            throw DynamoErrors.Validation($"{Invalid}Value and AttributeValueList cannot be used together for Attribute: {name}");
        }

        return Compare(name, expected.ComparisonOperator.Value, Arguments(name, expected.Value, list));
    }

    private static List<AttributeValue> Arguments(string name, AttributeValue? value, List<AttributeValue>? list)
    {
        var arguments = value is not null ? [value] : list ?? [];
        foreach (var argument in arguments)
        {
            if (Validation.AttributeValueValidation.FirstProblem(argument) is { } problem)
            {
                throw DynamoErrors.Validation(problem);
            }
        }

        return arguments.Select(AttributeValues.Clone).ToList();
    }

    /// <summary>One legacy comparison (data-plane §4.6): arity and argument checks, then the test.</summary>
    public static Func<IReadOnlyDictionary<string, AttributeValue>?, bool> Compare(string name, string? op, List<AttributeValue> args)
    {
        op ??= "EQ";
        var arity = op switch
        {
            "NULL" or "NOT_NULL" => 0,
            "IN" => -1,
            "BETWEEN" => 2,
            _ => 1,
        };
        if (arity != 0 && args.Count == 0)
        {
            throw DynamoErrors.Validation($"{Invalid}Value or AttributeValueList must be used with ComparisonOperator: {op} for Attribute: {name}");
        }

        if ((arity >= 0 && args.Count != arity) || (arity < 0 && args.Count == 0))
        {
            throw DynamoErrors.Validation($"{Invalid}Invalid number of argument(s) for the {op} ComparisonOperator");
        }

        if (args.Select(AttributeValues.TypeOf).Distinct().Count() > 1)
        {
            throw DynamoErrors.Validation($"{Invalid}AttributeValues inside AttributeValueList must be of same type");
        }

        // Type restrictions (data-plane §5.3 [DYN]): BEGINS_WITH takes S or B; ordering, CONTAINS and IN take S, N or B.
        var allowed = op switch
        {
            "BEGINS_WITH" => ["S", "B"],
            "LT" or "LE" or "GT" or "GE" or "BETWEEN" or "CONTAINS" or "NOT_CONTAINS" or "IN" => new[] { "S", "N", "B" },
            _ => null,
        };
        foreach (var type in args.Select(AttributeValues.TypeOf).Where(t => allowed is not null && !allowed.Contains(t)))
        {
            throw DynamoErrors.Validation($"{Invalid}ComparisonOperator {op} is not valid for {type} AttributeValue type");
        }

        if (op == "BETWEEN" && Evaluator.Ordered(args[0], args[1]) > 0)
        {
            throw DynamoErrors.Validation("The BETWEEN condition was provided a range where the lower bound is greater than the upper bound");
        }

        return item =>
        {
            var value = item?.GetValueOrDefault(name);
            return op switch
            {
                "NULL" => value is null,
                "NOT_NULL" => value is not null,
                "EQ" => Evaluator.Compare(Comparator.Equal, value, args[0]),
                "NE" => Evaluator.Compare(Comparator.NotEqual, value, args[0]),
                "LT" => Evaluator.Compare(Comparator.Less, value, args[0]),
                "LE" => Evaluator.Compare(Comparator.LessOrEqual, value, args[0]),
                "GT" => Evaluator.Compare(Comparator.Greater, value, args[0]),
                "GE" => Evaluator.Compare(Comparator.GreaterOrEqual, value, args[0]),
                "CONTAINS" => value is not null && value.L is null && Evaluator.Contains(value, args[0]),
                "NOT_CONTAINS" => value is not null && value.L is null && !Evaluator.Contains(value, args[0]),
                "BEGINS_WITH" => value is not null && Evaluator.BeginsWith(value, args[0]),
                "IN" => value is not null && args.Any(a => AttributeValues.AreEqual(value, a)),
                "BETWEEN" => Evaluator.Between(value, args[0], args[1]),
                _ => false,
            };
        };
    }
}
