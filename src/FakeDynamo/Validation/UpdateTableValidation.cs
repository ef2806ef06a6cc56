using Amazon.DynamoDBv2.Model;
using FakeDynamo.Errors;

namespace FakeDynamo.Validation;

/// <summary>
/// UpdateTable checks that need no state (spec data-plane §8.4; combination texts [LAB]): the shape envelope, "nothing
/// to change", throughput bounds, the GSI update list, stream members, and the modifications that must be alone.
/// Checks against the table (billing, existing indexes, unchanged throughput) are the engine's.
/// </summary>
internal static class UpdateTableValidation
{
    /// <summary>MultiRegionConsistency: the service's order is unknown (not in data-plane §1.3); model order [INF].</summary>
    private static readonly string[] MultiRegionConsistencyValues = ["EVENTUAL", "STRONG"];

    public static void Validate(UpdateTableRequest request)
    {
        TableRequestValidation.ControlPlaneTableName(request.TableName);
        Shape(request);
        var indexUpdates = request.GlobalSecondaryIndexUpdates is { Count: > 0 } ? request.GlobalSecondaryIndexUpdates : null;
        if (request.ProvisionedThroughput is null && request.BillingMode is null && request.StreamSpecification is null &&
            indexUpdates is null && request.SSESpecification is null && request.DeletionProtectionEnabled is null &&
            request.OnDemandThroughput is null && request.TableClass is null && request.ReplicaUpdates is null &&
            request.WarmThroughput is null)
        {
            throw DynamoErrors.NothingToUpdate(request.MultiRegionConsistency is not null);
        }

        SchemaShapeValidation.ThroughputBounds(request.ProvisionedThroughput);
        if (indexUpdates is not null)
        {
            IndexUpdates(indexUpdates);
        }

        Combinations(request, indexUpdates);
        if (request.StreamSpecification is { } stream)
        {
            if (stream.StreamEnabled == true && stream.StreamViewType is null)
            {
                throw DynamoErrors.UpdateStreamNeedsViewType();
            }

            if (stream.StreamEnabled == false && stream.StreamViewType is not null)
            {
                throw DynamoErrors.UpdateStreamDisabledWithViewType();
            }
        }

        if (request.TableClass?.Value is { } tableClass && tableClass is not ("STANDARD" or "STANDARD_INFREQUENT_ACCESS"))
        {
            throw DynamoErrors.InvalidTableClass();
        }

        CreateTableValidation.SseRules(request.SSESpecification);
    }

    private static void Shape(UpdateTableRequest request)
    {
        var report = new ValidationReport();
        report.Enum(request.BillingMode?.Value, "billingMode", SchemaShapeValidation.BillingModeValues);
        SchemaShapeValidation.Throughput(report, request.ProvisionedThroughput, "provisionedThroughput");
        for (var i = 0; i < (request.AttributeDefinitions?.Count ?? 0); i++)
        {
            var definition = request.AttributeDefinitions![i];
            report.NotNull(definition?.AttributeName, $"attributeDefinitions.{i + 1}.member.attributeName");
            report.NotNull(definition?.AttributeType?.Value, $"attributeDefinitions.{i + 1}.member.attributeType");
            report.Enum(definition?.AttributeType?.Value, $"attributeDefinitions.{i + 1}.member.attributeType", SchemaShapeValidation.ScalarTypes);
        }

        for (var i = 0; i < (request.GlobalSecondaryIndexUpdates?.Count ?? 0); i++)
        {
            var update = request.GlobalSecondaryIndexUpdates![i];
            var at = $"globalSecondaryIndexUpdates.{i + 1}.member";
            if (update?.Update is { } change)
            {
                SchemaShapeValidation.IndexName(report, change.IndexName, $"{at}.update.indexName");
                SchemaShapeValidation.Throughput(report, change.ProvisionedThroughput, $"{at}.update.provisionedThroughput");
            }

            if (update?.Create is { } create)
            {
                SchemaShapeValidation.IndexName(report, create.IndexName, $"{at}.create.indexName");
                SchemaShapeValidation.KeySchema(report, create.KeySchema, $"{at}.create.keySchema");
                SchemaShapeValidation.Projection(report, create.Projection, $"{at}.create.projection");
                SchemaShapeValidation.Throughput(report, create.ProvisionedThroughput, $"{at}.create.provisionedThroughput");
            }

            if (update?.Delete is { } delete)
            {
                SchemaShapeValidation.IndexName(report, delete.IndexName, $"{at}.delete.indexName");
            }
        }

        SchemaShapeValidation.Stream(report, request.StreamSpecification);
        SchemaShapeValidation.Sse(report, request.SSESpecification, "sSESpecification");

        // Global-table settings are refused as unsupported after validation, but their enum is still a shape constraint.
        report.Enum(request.MultiRegionConsistency?.Value, "multiRegionConsistency", MultiRegionConsistencyValues);
        report.ThrowIfAny();
    }

    private static void IndexUpdates(List<GlobalSecondaryIndexUpdate> updates)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var update in updates)
        {
            var actions = (update.Create is null ? 0 : 1) + (update.Update is null ? 0 : 1) + (update.Delete is null ? 0 : 1);
            if (actions == 0)
            {
                throw DynamoErrors.IndexUpdateWithoutAction();
            }

            if (actions > 1)
            {
                throw DynamoErrors.IndexUpdateWithTwoActions();
            }

            var name = update.Update?.IndexName ?? update.Create?.IndexName ?? update.Delete!.IndexName;
            if (!names.Add(name))
            {
                throw DynamoErrors.IndexUpdatedTwice(name);
            }

            if (update.Create is { } create)
            {
                IndexRules.CommonKeyOrder(create.KeySchema);
                IndexRules.Projection(create.Projection);
                SchemaShapeValidation.ThroughputBounds(create.ProvisionedThroughput);
            }

            SchemaShapeValidation.ThroughputBounds(update.Update?.ProvisionedThroughput);
        }
    }

    /// <summary>Modifications that must be alone, and pairs the service refuses together ([LAB]).</summary>
    private static void Combinations(UpdateTableRequest request, List<GlobalSecondaryIndexUpdate>? indexUpdates)
    {
        var parts = new[]
        {
            request.ProvisionedThroughput is not null, request.BillingMode is not null, request.StreamSpecification is not null,
            indexUpdates is not null, request.SSESpecification is not null, request.DeletionProtectionEnabled is not null,
            request.OnDemandThroughput is not null, request.TableClass is not null,
        }.Count(p => p);
        if (parts > 1)
        {
            if (request.SSESpecification is not null) throw DynamoErrors.MustBeOnlyOperation("Server-Side Encryption");
            if (request.TableClass is not null) throw DynamoErrors.MustBeOnlyOperation("TableClass");
            if (request.DeletionProtectionEnabled is not null) throw DynamoErrors.MustBeOnlyOperation("DeletionProtection");
        }

        var createsOrDeletes = indexUpdates?.Any(u => u.Create is not null || u.Delete is not null) == true;
        if (request.ProvisionedThroughput is not null && createsOrDeletes) throw DynamoErrors.IndexChangeWithThroughput();
        if (request.ProvisionedThroughput is not null && request.StreamSpecification is not null) throw DynamoErrors.StreamChangeWithThroughput();
        if (request.StreamSpecification is not null && createsOrDeletes) throw DynamoErrors.IndexChangeWithStream();
    }
}
