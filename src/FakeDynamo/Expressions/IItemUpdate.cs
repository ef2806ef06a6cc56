using Amazon.DynamoDBv2.Model;

namespace FakeDynamo.Expressions;

/// <summary>The changes of an UpdateItem: an UpdateExpression or legacy AttributeUpdates.</summary>
internal interface IItemUpdate
{
    /// <summary>Every path the update touches (UPDATED_OLD / UPDATED_NEW, key-attribute check).</summary>
    IReadOnlyList<DocumentPath> Paths { get; }

    /// <summary>The new attributes, or null when a missing item stays absent.</summary>
    Dictionary<string, AttributeValue>? Apply(IReadOnlyDictionary<string, AttributeValue>? old, IReadOnlyDictionary<string, AttributeValue> key);
}
