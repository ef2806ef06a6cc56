using Amazon.DynamoDBv2.Model;

namespace FakeDynamo.Expressions;

/// <summary>
/// A document path with its placeholders substituted: each step is a map key / attribute name (<see cref="string"/>)
/// or a list index (<see cref="int"/>) (data-plane §3.2). Resolution on an item never fails: a missing attribute, a
/// key lookup on a non-map, an index on a non-list or an index past the end are all "absent" (§3.2).
/// </summary>
internal sealed class DocumentPath
{
    /// <summary>Paths deeper than this are rejected (data-plane §2.4, §3.2: max 32 levels).</summary>
    public const int MaxDepth = 32;

    private DocumentPath(IReadOnlyList<object> steps) => Steps = steps;

    /// <summary>Names (<see cref="string"/>) and list indexes (<see cref="int"/>); the first is always a name.</summary>
    public IReadOnlyList<object> Steps { get; }

    public string Root => (string)Steps[0];

    public bool IsTopLevel => Steps.Count == 1;

    public static DocumentPath Of(PathOperand path, ExpressionAttributes attributes, ExpressionScope scope)
    {
        if (path.Elements.Count > MaxDepth)
        {
            // data-plane §2.4 [ALT comment: "...; nesting levels: 33" on ProjectionExpression; same family elsewhere, INF].
            throw scope.Error($"The document path has too many nesting levels; nesting levels: {path.Elements.Count}");
        }

        return new DocumentPath(path.Elements
            .Select(e => e is NameElement n ? (object)attributes.Name(n, scope) : ((IndexElement)e).Index)
            .ToList());
    }

    /// <summary>A one-step path naming a top-level attribute (legacy parameters: names are literal).</summary>
    public static DocumentPath Attribute(string name) => new([name]);

    /// <summary>The value at this path, or null when it is absent.</summary>
    public AttributeValue? Find(IReadOnlyDictionary<string, AttributeValue>? item)
    {
        if (item is null || !item.TryGetValue(Root, out var current))
        {
            return null;
        }

        for (var i = 1; i < Steps.Count; i++)
        {
            current = Step(current, Steps[i]);
            if (current is null)
            {
                return null;
            }
        }

        return current;
    }

    /// <summary>One step down from a value; null when the step does not apply.</summary>
    public static AttributeValue? Step(AttributeValue value, object step) => step switch
    {
        string name when value.M is not null => value.M.GetValueOrDefault(name),
        int index when value.L is not null => index < value.L.Count ? value.L[index] : null,
        _ => null,
    };

    /// <summary>The service's rendering in path errors: <c>[a, b, [1]]</c>.</summary>
    public override string ToString() =>
        "[" + string.Join(", ", Steps.Select(s => s is int i ? $"[{i}]" : (string)s)) + "]";

    /// <summary>
    /// Checks a set of paths pairwise (data-plane §3.6, §3.7): equal or prefix paths overlap; paths that share a prefix
    /// and then continue one with a name and the other with an index conflict.
    /// </summary>
    public static void CheckDisjoint(IReadOnlyList<DocumentPath> paths, ExpressionScope scope)
    {
        for (var i = 0; i < paths.Count; i++)
        {
            for (var j = i + 1; j < paths.Count; j++)
            {
                var (one, two) = (paths[i], paths[j]);
                var shared = Math.Min(one.Steps.Count, two.Steps.Count);
                var k = 0;
                while (k < shared && one.Steps[k].Equals(two.Steps[k]))
                {
                    k++;
                }

                if (k == shared)
                {
                    // Service text (data-plane §0.1, MOTO-V 2026).
                    throw scope.Error($"Two document paths overlap with each other; must remove or rewrite one of these paths; path one: {one}, path two: {two}");
                }

                if (one.Steps[k].GetType() != two.Steps[k].GetType())
                {
                    // Service text (data-plane §3.6, ALT).
                    throw scope.Error($"Two document paths conflict with each other; must remove or rewrite one of these paths; path one: {one}, path two: {two}");
                }
            }
        }
    }
}
