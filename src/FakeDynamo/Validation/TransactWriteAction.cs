using Amazon.DynamoDBv2.Model;
using FakeDynamo.Expressions;

namespace FakeDynamo.Validation;

/// <summary>The kind of one TransactItems element (data-plane §7.1).</summary>
internal enum TransactWriteKind
{
    ConditionCheck,
    Put,
    Delete,
    Update,
}

/// <summary>
/// One checked TransactWriteItems action: its table as sent, the key (or, for Put, the item), the parsed condition
/// and update, and whether a condition failure returns the old item (ReturnValuesOnConditionCheckFailure=ALL_OLD).
/// </summary>
internal sealed record TransactWriteAction(
    TransactWriteKind Kind,
    string TableName,
    Dictionary<string, AttributeValue> KeyOrItem,
    IItemCondition? Condition,
    IItemUpdate? Update,
    bool ReturnOldOnFailure);
