using Amazon.DynamoDBv2.Model;

namespace FakeDynamo.Expressions;

/// <summary>A condition on one item: a ConditionExpression/FilterExpression or a legacy Expected/QueryFilter/ScanFilter.</summary>
internal interface IItemCondition
{
    /// <summary>Whether the item (null: no item, every attribute absent) satisfies the condition.</summary>
    bool Matches(IReadOnlyDictionary<string, AttributeValue>? item);

    /// <summary>The top-level attribute names the condition reads (a Query filter may not name key attributes).</summary>
    IReadOnlyCollection<string> Roots { get; }
}
