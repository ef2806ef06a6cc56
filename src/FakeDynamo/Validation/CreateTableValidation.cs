using Amazon.DynamoDBv2.Model;
using FakeDynamo.Errors;

namespace FakeDynamo.Validation;

/// <summary>
/// CreateTable request checks that need no state, in the order of spec data-plane §8.2 (dynalite's order): the shape
/// envelope, billing, key schema vs. definitions, LSIs, GSIs, limits, stream/SSE/class, tags. Indexes and tags are
/// checked in <see cref="CreateTableIndexValidation"/> and <see cref="TagValidation"/>.
/// </summary>
internal static class CreateTableValidation
{
    public static void Validate(CreateTableRequest request)
    {
        Shape(request);
        Billing(request);
        var definitions = request.AttributeDefinitions.Select(d => d.AttributeName).ToList();
        KeySchema(request, definitions);
        CreateTableIndexValidation.Validate(request, definitions);
        StreamAndEncryption(request);
        if (request.TableClass?.Value is { } tableClass && tableClass is not ("STANDARD" or "STANDARD_INFREQUENT_ACCESS"))
        {
            throw DynamoErrors.InvalidTableClass();
        }

        // An empty Tags list is accepted at creation, unlike TagResource ([LAB DDB-TABLE-110]).
        if (request.Tags is { Count: > 0 } tags)
        {
            TagValidation.Tags(tags, existing: 0);
        }
    }

    private static void Shape(CreateTableRequest request)
    {
        var report = new ValidationReport();
        report.NotNull(request.AttributeDefinitions, "attributeDefinitions");
        report.NotNull(request.TableName, "tableName");
        if (request.TableName is { } name && !name.StartsWith("arn:", StringComparison.Ordinal))
        {
            report.Length(name, "tableName", 3, 255);
            report.NamePattern(name, "tableName");
        }

        SchemaShapeValidation.KeySchema(report, request.KeySchema, "keySchema");
        for (var i = 0; i < (request.AttributeDefinitions?.Count ?? 0); i++)
        {
            var definition = request.AttributeDefinitions![i];
            report.NotNull(definition?.AttributeName, $"attributeDefinitions.{i + 1}.member.attributeName");
            report.Length(definition?.AttributeName, $"attributeDefinitions.{i + 1}.member.attributeName", 1, 255);
            report.NotNull(definition?.AttributeType?.Value, $"attributeDefinitions.{i + 1}.member.attributeType");
            report.Enum(definition?.AttributeType?.Value, $"attributeDefinitions.{i + 1}.member.attributeType", SchemaShapeValidation.ScalarTypes);
        }

        report.Enum(request.BillingMode?.Value, "billingMode", SchemaShapeValidation.BillingModeValues);
        SchemaShapeValidation.Throughput(report, request.ProvisionedThroughput, "provisionedThroughput");
        for (var i = 0; i < (request.LocalSecondaryIndexes?.Count ?? 0); i++)
        {
            var lsi = request.LocalSecondaryIndexes![i];
            var at = $"localSecondaryIndexes.{i + 1}.member";
            SchemaShapeValidation.IndexName(report, lsi?.IndexName, $"{at}.indexName");
            SchemaShapeValidation.KeySchema(report, lsi?.KeySchema, $"{at}.keySchema");
            SchemaShapeValidation.Projection(report, lsi?.Projection, $"{at}.projection");
        }

        for (var i = 0; i < (request.GlobalSecondaryIndexes?.Count ?? 0); i++)
        {
            var gsi = request.GlobalSecondaryIndexes![i];
            var at = $"globalSecondaryIndexes.{i + 1}.member";
            SchemaShapeValidation.IndexName(report, gsi?.IndexName, $"{at}.indexName");
            SchemaShapeValidation.KeySchema(report, gsi?.KeySchema, $"{at}.keySchema");
            SchemaShapeValidation.Projection(report, gsi?.Projection, $"{at}.projection");
            SchemaShapeValidation.Throughput(report, gsi?.ProvisionedThroughput, $"{at}.provisionedThroughput");
        }

        SchemaShapeValidation.Stream(report, request.StreamSpecification);
        SchemaShapeValidation.Sse(report, request.SSESpecification, "sSESpecification");
        report.ThrowIfAny();
    }

    private static void Billing(CreateTableRequest request)
    {
        var onDemand = request.OnDemandThroughput;
        if (request.BillingMode?.Value == "PAY_PER_REQUEST")
        {
            if (request.ProvisionedThroughput is not null)
            {
                throw DynamoErrors.ThroughputWithPayPerRequest();
            }

            if (onDemand?.MaxReadRequestUnits is < 1) throw DynamoErrors.OnDemandMaximumOutOfRange("MaxReadRequestUnits");
            if (onDemand?.MaxWriteRequestUnits is < 1) throw DynamoErrors.OnDemandMaximumOutOfRange("MaxWriteRequestUnits");
            return;
        }

        if (onDemand?.MaxReadRequestUnits is not null) throw DynamoErrors.OnDemandMaximumOnProvisioned("MaxReadRequestUnits");
        if (onDemand?.MaxWriteRequestUnits is not null) throw DynamoErrors.OnDemandMaximumOnProvisioned("MaxWriteRequestUnits");

        if (request.ProvisionedThroughput is not { ReadCapacityUnits: not null, WriteCapacityUnits: not null })
        {
            throw DynamoErrors.ThroughputRequiredForProvisioned();
        }

        SchemaShapeValidation.ThroughputBounds(request.ProvisionedThroughput);
    }

    private static void KeySchema(CreateTableRequest request, List<string> definitions)
    {
        var keySchema = request.KeySchema;
        var keys = keySchema.Select(k => k.AttributeName).ToList();
        if (keys.Count > definitions.Count)
        {
            throw DynamoErrors.KeyAttributeHasNoDefinition();
        }

        if (definitions.GroupBy(d => d, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } duplicate)
        {
            throw DynamoErrors.DuplicateAttributeDefinition(duplicate.Key);
        }

        if (keys.Any(k => !definitions.Contains(k)))
        {
            throw DynamoErrors.KeysNotDefined(keys, definitions);
        }

        IndexRules.CommonKeyOrder(keySchema);
        if (request.LocalSecondaryIndexes is null && request.GlobalSecondaryIndexes is null && keys.Count != definitions.Count)
        {
            throw DynamoErrors.KeyCountMismatch();
        }
    }

    private static void StreamAndEncryption(CreateTableRequest request)
    {
        if (request.StreamSpecification is { } stream)
        {
            if (stream.StreamEnabled == true && stream.StreamViewType is null)
            {
                throw DynamoErrors.CreateStreamNeedsViewType();
            }

            if (stream.StreamEnabled == false && stream.StreamViewType is not null)
            {
                throw DynamoErrors.CreateStreamDisabledWithViewType();
            }
        }

        SseRules(request.SSESpecification);
    }

    /// <summary>SSE member combinations ([LAB]); shared with UpdateTable.</summary>
    public static void SseRules(SSESpecification? sse)
    {
        if (sse is null || sse.Enabled == true)
        {
            return;
        }

        if (sse.SSEType is not null)
        {
            throw DynamoErrors.SseMemberWithoutEnabled("SSEType");
        }

        if (sse.KMSMasterKeyId is not null)
        {
            throw DynamoErrors.SseMemberWithoutEnabled("KMSMasterKeyId");
        }
    }
}
