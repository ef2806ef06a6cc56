using Amazon.DynamoDBv2.Model;
using FakeDynamo.Errors;
using FakeDynamo.Storage;

namespace FakeDynamo.Expressions;

/// <summary>
/// The filter and projection of a read (data-plane §3.7, §5.1): FilterExpression, ProjectionExpression or legacy
/// AttributesToGet. Read-path texts are bare (data-plane §0.1).
/// </summary>
internal sealed class ReadExpressions
{
    public static readonly ReadExpressions None = new(null, null);

    private readonly IItemCondition? _filter;
    private readonly IReadOnlyList<DocumentPath>? _projection;

    private ReadExpressions(IItemCondition? filter, IReadOnlyList<DocumentPath>? projection)
    {
        _filter = filter;
        _projection = projection;
    }

    /// <summary>Parses the read's filter and projection against the request's placeholder maps (not checking unused ones).</summary>
    public static ReadExpressions Parse(string? filter, string? projection, List<string>? attributesToGet, ExpressionAttributes attributes, IItemCondition? legacyFilter = null) =>
        new(
            filter is null ? legacyFilter : ParsedCondition.Parse(filter, ExpressionKind.Filter, attributes, enveloped: false),
            projection is not null ? ItemProjection.Parse(projection, attributes) : AttributesToGet(attributesToGet));

    /// <summary>
    /// The projection of a GetItem or one BatchGetItem table (names only, no values): ProjectionExpression or
    /// AttributesToGet; names without an expression are an error; unused names are checked here.
    /// </summary>
    public static IReadOnlyList<DocumentPath>? ParseProjection(string? projection, Dictionary<string, string>? names, List<string>? attributesToGet)
    {
        var attributes = ExpressionAttributes.From(names, null, enveloped: false);
        if (projection is null)
        {
            if (attributes.HasNames)
            {
                throw DynamoErrors.NamesWithoutExpressions(enveloped: false);
            }

            return AttributesToGet(attributesToGet);
        }

        var paths = ItemProjection.Parse(projection, attributes);
        attributes.CheckAllUsed();
        return paths;
    }

    /// <summary>Legacy AttributesToGet: literal top-level names (a '.' does not navigate); duplicates are errors (data-plane §4.3 [DYN]).</summary>
    public static IReadOnlyList<DocumentPath>? AttributesToGet(List<string>? names)
    {
        if (names is null)
        {
            return null;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in names.Where(n => !seen.Add(n)))
        {
            throw DynamoErrors.Validation($"One or more parameter values were invalid: Duplicate value in attribute name: {name}");
        }

        return names.Select(DocumentPath.Attribute).ToList();
    }

    /// <summary>
    /// A Query filter may not name the queried key attributes, partition key first (data-plane §5.3 [DYN; ALT]; the
    /// bare text is seen in real service logs). <paramref name="legacy"/>: the filter came from QueryFilter.
    /// </summary>
    public void CheckFilterOmitsKeys(IEnumerable<string> keyNames, bool legacy)
    {
        foreach (var key in keyNames.Where(k => _filter?.Roots.Contains(k) == true))
        {
            throw DynamoErrors.Validation($"{(legacy ? "QueryFilter" : "Filter Expression")} can only contain non-primary key attributes: Primary key attribute: {key}");
        }
    }

    /// <summary>The items that pass the filter, projected, as fresh response copies.</summary>
    public List<Dictionary<string, AttributeValue>> Apply(IEnumerable<Item> evaluated) =>
        evaluated.Where(i => _filter is null || _filter.Matches(i.Attributes)).Select(i => Project(i, _projection)).ToList();

    /// <summary>One item as returned: projected when a projection was given.</summary>
    public static Dictionary<string, AttributeValue> Project(Item item, IReadOnlyList<DocumentPath>? projection) =>
        projection is null ? item.ToResponse() : ItemProjection.Apply(item.Attributes, projection);
}
