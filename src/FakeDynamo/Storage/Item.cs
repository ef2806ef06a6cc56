using Amazon.DynamoDBv2.Model;

namespace FakeDynamo.Storage;

/// <summary>
/// A stored item: an immutable deep copy of its attributes plus its size by DynamoDB's rules. Never handed out;
/// <see cref="ToResponse"/> makes the copy a caller may keep.
/// </summary>
internal sealed class Item
{
    private readonly Dictionary<string, AttributeValue> _attributes;

    private Item(Dictionary<string, AttributeValue> attributes, long size)
    {
        _attributes = attributes;
        Size = size;
    }

    public IReadOnlyDictionary<string, AttributeValue> Attributes => _attributes;

    public long Size { get; }

    /// <summary>Copies in: the caller's dictionary is not kept.</summary>
    public static Item CopyFrom(IReadOnlyDictionary<string, AttributeValue> attributes)
    {
        var copy = AttributeValues.CloneMap(attributes);
        return new Item(copy, AttributeValues.ItemSize(copy));
    }

    /// <summary>Takes ownership of a dictionary the engine built itself (already a private copy).</summary>
    public static Item Own(Dictionary<string, AttributeValue> attributes) => new(attributes, AttributeValues.ItemSize(attributes));

    /// <summary>Copies out.</summary>
    public Dictionary<string, AttributeValue> ToResponse() => AttributeValues.CloneMap(_attributes);

    public AttributeValue? this[string name] => _attributes.GetValueOrDefault(name);
}
