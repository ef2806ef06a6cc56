using Amazon.DynamoDBv2.Model;
using FakeDynamo.Errors;

namespace FakeDynamo.Validation;

/// <summary>
/// Shape (envelope) checks of the schema members shared by CreateTable and UpdateTable: key schemas, projections,
/// throughput (spec data-plane §1.3, §8.2.1). They only add violations; the caller throws them together.
/// </summary>
internal static class SchemaShapeValidation
{
    public static readonly string[] KeyTypes = ["HASH", "RANGE"];
    public static readonly string[] ScalarTypes = ["B", "N", "S"];
    public static readonly string[] BillingModeValues = ["PROVISIONED", "PAY_PER_REQUEST"];
    public static readonly string[] ProjectionTypes = ["ALL", "INCLUDE", "KEYS_ONLY"];

    /// <summary>StreamViewType as the service lists it (the order observed in backup-api §2.1).</summary>
    public static readonly string[] StreamViewTypes = ["OLD_IMAGE", "KEYS_ONLY", "NEW_AND_OLD_IMAGES", "NEW_IMAGE"];

    /// <summary>SSEType: order unknown, model order.</summary>
    public static readonly string[] SseTypes = ["AES256", "KMS"];

    /// <summary>Java-style rendering of a key schema, as the service echoes it (data-plane §1.3).</summary>
    public static string Render(IEnumerable<KeySchemaElement> keySchema) =>
        "[" + string.Join(", ", keySchema.Select(k => $"KeySchemaElement(attributeName={k.AttributeName}, keyType={k.KeyType?.Value})")) + "]";

    public static void KeySchema(ValidationReport report, List<KeySchemaElement>? keySchema, string path)
    {
        report.NotNull(keySchema, path);
        if (keySchema is null)
        {
            return;
        }

        if (keySchema.Count < 1)
        {
            report.Add(Render(keySchema), path, "Member must have length greater than or equal to 1");
        }

        if (keySchema.Count > 2)
        {
            report.Add(Render(keySchema), path, "Member must have length less than or equal to 2");
        }

        for (var i = 0; i < keySchema.Count; i++)
        {
            var element = keySchema[i];
            var at = $"{path}.{i + 1}.member";
            report.NotNull(element?.AttributeName, $"{at}.attributeName");
            report.Length(element?.AttributeName, $"{at}.attributeName", 1, 255);
            report.NotNull(element?.KeyType?.Value, $"{at}.keyType");
            report.Enum(element?.KeyType?.Value, $"{at}.keyType", KeyTypes);
        }
    }

    public static void Projection(ValidationReport report, Projection? projection, string path)
    {
        report.NotNull(projection, path);
        if (projection is null)
        {
            return;
        }

        report.Enum(projection.ProjectionType?.Value, $"{path}.projectionType", ProjectionTypes);
        if (projection.NonKeyAttributes is { } nonKey)
        {
            var rendered = "[" + string.Join(", ", nonKey) + "]";
            if (nonKey.Count < 1)
            {
                report.Add(rendered, $"{path}.nonKeyAttributes", "Member must have length greater than or equal to 1");
            }

            if (nonKey.Count > 20)
            {
                report.Add(rendered, $"{path}.nonKeyAttributes", "Member must have length less than or equal to 20");
            }
        }
    }

    /// <summary>ProvisionedThroughput: both members required and at least 1 when the structure is given.</summary>
    public static void Throughput(ValidationReport report, ProvisionedThroughput? throughput, string path)
    {
        if (throughput is null)
        {
            return;
        }

        report.NotNull(throughput.WriteCapacityUnits, $"{path}.writeCapacityUnits");
        report.Range(throughput.WriteCapacityUnits, $"{path}.writeCapacityUnits", 1, long.MaxValue);
        report.NotNull(throughput.ReadCapacityUnits, $"{path}.readCapacityUnits");
        report.Range(throughput.ReadCapacityUnits, $"{path}.readCapacityUnits", 1, long.MaxValue);
    }

    public static void IndexName(ValidationReport report, string? name, string path)
    {
        report.NotNull(name, path);
        report.NamePattern(name, path);
        report.Length(name, path, 3, 255);
    }

    public static void Stream(ValidationReport report, StreamSpecification? stream)
    {
        if (stream is null)
        {
            return;
        }

        report.NotNull(stream.StreamEnabled, "streamSpecification.streamEnabled");
        report.Enum(stream.StreamViewType?.Value, "streamSpecification.streamViewType", StreamViewTypes);
    }

    public static void Sse(ValidationReport report, SSESpecification? sse, string path)
    {
        report.Enum(sse?.SSEType?.Value, $"{path}.sSEType", SseTypes);
    }

    /// <summary>Units above the service's bound (data-plane §8.2.2): checked after the envelope.</summary>
    public static void ThroughputBounds(ProvisionedThroughput? throughput)
    {
        const long Max = 1_000_000_000_000;
        if (throughput?.ReadCapacityUnits is > Max)
        {
            throw DynamoErrors.ThroughputOutOfBounds(throughput.ReadCapacityUnits.Value, "ReadCapacityUnits");
        }

        if (throughput?.WriteCapacityUnits is > Max)
        {
            throw DynamoErrors.ThroughputOutOfBounds(throughput.WriteCapacityUnits.Value, "WriteCapacityUnits");
        }
    }
}
