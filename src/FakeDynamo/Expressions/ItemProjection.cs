using Amazon.DynamoDBv2.Model;
using FakeDynamo.Storage;

namespace FakeDynamo.Expressions;

/// <summary>
/// Keeps only the given paths of an item, re-nested in the original structure (data-plane §3.7): <c>a.b[0]</c> →
/// <c>{a:{b:[v]}}</c>, list elements compacted in index order, missing paths dropped. Used by ProjectionExpression,
/// AttributesToGet and UpdateItem's UPDATED_OLD / UPDATED_NEW. Returns fresh copies.
/// </summary>
internal static class ItemProjection
{
    public static Dictionary<string, AttributeValue> Apply(IReadOnlyDictionary<string, AttributeValue> item, IEnumerable<DocumentPath> paths)
    {
        var root = new Node();
        foreach (var path in paths)
        {
            if (path.Find(item) is not { } value)
            {
                continue;
            }

            var node = root;
            foreach (var step in path.Steps)
            {
                node = node.Child(step);
            }

            node.Leaf = value;
        }

        return root.Map?.ToDictionary(kv => kv.Key, kv => kv.Value.Build(), StringComparer.Ordinal) ?? [];
    }

    /// <summary>Parses and checks a ProjectionExpression (reserved words, placeholders, overlap and conflict).</summary>
    public static IReadOnlyList<DocumentPath> Parse(string expression, ExpressionAttributes attributes, bool enveloped = false)
    {
        var scope = new ExpressionScope(ExpressionKind.Projection, enveloped);
        KeyConditions.CheckText(expression, scope);
        var operands = ConditionParser.ParseProjection(expression, scope);
        foreach (var name in operands.SelectMany(p => p.Elements.OfType<NameElement>()).Where(n => !n.IsPlaceholder && ReservedWords.Contains(n.Text)))
        {
            throw scope.Error($"Attribute name is a reserved keyword; reserved keyword: {name.Text}");
        }

        var paths = operands.Select(p => DocumentPath.Of(p, attributes, scope)).ToList();
        DocumentPath.CheckDisjoint(paths, scope);
        return paths;
    }

    private sealed class Node
    {
        public Dictionary<string, Node>? Map { get; private set; }

        public SortedDictionary<int, Node>? List { get; private set; }

        public AttributeValue? Leaf { get; set; }

        public Node Child(object step)
        {
            if (step is int index)
            {
                List ??= [];
                if (!List.TryGetValue(index, out var child))
                {
                    List[index] = child = new Node();
                }

                return child;
            }

            Map ??= new Dictionary<string, Node>(StringComparer.Ordinal);
            var name = (string)step;
            if (!Map.TryGetValue(name, out var node))
            {
                Map[name] = node = new Node();
            }

            return node;
        }

        public AttributeValue Build() =>
            Leaf is not null ? AttributeValues.Clone(Leaf)
            : List is not null ? new AttributeValue { L = List.Values.Select(n => n.Build()).ToList() }
            : new AttributeValue { M = Map!.ToDictionary(kv => kv.Key, kv => kv.Value.Build(), StringComparer.Ordinal) };
    }
}
