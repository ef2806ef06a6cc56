using Amazon.DynamoDBv2.Model;
using FakeDynamo.Errors;

namespace FakeDynamo.Validation;

/// <summary>
/// Shape (envelope) checks of the legacy non-expression members: the ComparisonOperator of KeyConditions, QueryFilter,
/// ScanFilter and Expected entries, ConditionalOperator, and the Action of AttributeUpdates (data-plane §1.3, §1.4
/// phase 2). Enum values are compared case-sensitively, as the service does on the wire (data-plane §1.3: "Enum values
/// are case-sensitive on the wire"); direct calls reach here already interned by the SDK's marshalling. They only add
/// violations; the caller reports them together with the request's other shape violations.
/// </summary>
internal static class LegacyShapeValidation
{
    /// <summary>ComparisonOperator in the service's order (data-plane §1.3, quoted for <c>queryFilter.a.member.comparisonOperator</c>).</summary>
    public static readonly string[] ComparisonOperatorValues =
        ["IN", "NULL", "BETWEEN", "LT", "NOT_CONTAINS", "EQ", "GT", "NOT_NULL", "NE", "LE", "BEGINS_WITH", "GE", "CONTAINS"];

    /// <summary>ConditionalOperator in the service's order (data-plane §1.3).</summary>
    public static readonly string[] ConditionalOperatorValues = ["OR", "AND"];

    /// <summary>
    /// AttributeAction: the service's order is not pinned (data-plane §10.11); this is the model's order [INF, Low].
    /// </summary>
    public static readonly string[] AttributeActionValues = ["ADD", "PUT", "DELETE"];

    /// <summary>
    /// KeyConditions / QueryFilter / ScanFilter: each entry is a <c>Condition</c>, whose ComparisonOperator the model
    /// requires [API] (dynalite: notNull + enum [DYN]). <paramref name="path"/> is the member name (<c>scanFilter</c>).
    /// </summary>
    public static void Conditions(ValidationReport report, Dictionary<string, Condition>? conditions, string path)
    {
        foreach (var (name, condition) in conditions ?? [])
        {
            var at = $"{path}.{name}.member.comparisonOperator";
            var op = condition?.ComparisonOperator?.Value;
            report.NotNull(op, at);
            report.Enum(op, at, ComparisonOperatorValues);
        }
    }

    /// <summary>Expected: ComparisonOperator is optional there (Value/Exists form), but must be a known value when given.</summary>
    public static void Expected(ValidationReport report, Dictionary<string, ExpectedAttributeValue>? expected)
    {
        foreach (var (name, entry) in expected ?? [])
        {
            report.Enum(entry?.ComparisonOperator?.Value, $"expected.{name}.member.comparisonOperator", ComparisonOperatorValues);
        }
    }

    public static void ConditionalOperator(ValidationReport report, Amazon.DynamoDBv2.ConditionalOperator? conditionalOperator) =>
        report.Enum(conditionalOperator?.Value, "conditionalOperator", ConditionalOperatorValues);

    /// <summary>AttributeUpdates: Action is optional (PUT by default, data-plane §4.4) but must be a known value when given.</summary>
    public static void AttributeUpdates(ValidationReport report, Dictionary<string, AttributeValueUpdate>? updates)
    {
        foreach (var (name, update) in updates ?? [])
        {
            report.Enum(update?.Action?.Value, $"attributeUpdates.{name}.member.action", AttributeActionValues);
        }
    }
}
