using Amazon.DynamoDBv2;
using FakeDynamo.Errors;

namespace FakeDynamo.Validation;

/// <summary>Shape rules shared by the data-plane operations (data-plane §1.3, §4.1, §5.2).</summary>
internal static class DataPlaneValidation
{
    /// <summary>Enum lists in the order the service prints them (data-plane §1.3).</summary>
    public static readonly string[] ReturnConsumedCapacityValues = ["INDEXES", "TOTAL", "NONE"];

    public static readonly string[] ReturnValuesValues = ["ALL_NEW", "UPDATED_OLD", "ALL_OLD", "NONE", "UPDATED_NEW"];

    public static readonly string[] ReturnItemCollectionMetricsValues = ["SIZE", "NONE"];

    /// <summary>The order inside the message is not pinned (data-plane §10.11); this is the model's order.</summary>
    public static readonly string[] ReturnValuesOnConditionCheckFailureValues = ["ALL_OLD", "NONE"];

    public static readonly string[] SelectValues = ["SPECIFIC_ATTRIBUTES", "COUNT", "ALL_ATTRIBUTES", "ALL_PROJECTED_ATTRIBUTES"];

    /// <summary>TableName: required, 1..1024 (the TableArn shape, data-plane §4.1).</summary>
    public static void TableName(ValidationReport report, string? tableName, string path = "tableName")
    {
        report.NotNull(tableName, path);
        report.Length(tableName, path, 1, 1024);
    }

    /// <summary>Legacy AttributesToGet: at least one name (data-plane §4.3).</summary>
    public static void AttributesToGet(ValidationReport report, List<string>? attributesToGet)
    {
        if (attributesToGet is { Count: 0 })
        {
            report.Add("[]", "attributesToGet", "Member must have length greater than or equal to 1");
        }
    }

    /// <summary>The not-yet-implemented features of the data plane throw this, naming themselves (never silent).</summary>
    public static NotSupportedException NotYet(string feature) =>
        new($"FakeDynamo does not support {feature} yet. See the support matrix in the README.");

    /// <summary>
    /// The Select rules of data-plane §5.2 (Query wraps these texts in the envelope, Scan does not). Unknown values are
    /// reported by the shape report, so only service-known values reach here.
    /// </summary>
    public static void Select(string? select, bool hasProjection, bool hasAttributesToGet, bool hasIndex, bool enveloped)
    {
        var describe = select switch
        {
            "ALL_ATTRIBUTES" => "ALL_ATTRIBUTES",
            "ALL_PROJECTED_ATTRIBUTES" => "ALL_PROJECTED_ATTRIBUTES",
            "COUNT" => "only the Count",
            _ => null,
        };
        if (select == "SPECIFIC_ATTRIBUTES" && !hasProjection && !hasAttributesToGet)
        {
            throw DynamoErrors.SelectError("Must specify the AttributesToGet or ProjectionExpression when choosing to get SPECIFIC_ATTRIBUTES", enveloped);
        }

        if (describe is not null && hasProjection)
        {
            throw DynamoErrors.SelectError($"Cannot specify the ProjectionExpression when choosing to get {describe}", enveloped);
        }

        if (describe is not null && hasAttributesToGet)
        {
            throw DynamoErrors.SelectError($"Cannot specify the AttributesToGet when choosing to get {describe}", enveloped);
        }

        if (select == "ALL_PROJECTED_ATTRIBUTES" && !hasIndex)
        {
            throw DynamoErrors.SelectError("ALL_PROJECTED_ATTRIBUTES can be used only when Querying using an IndexName", enveloped);
        }
    }
}
