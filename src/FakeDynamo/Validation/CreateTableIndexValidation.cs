using Amazon.DynamoDBv2.Model;
using FakeDynamo.Errors;

namespace FakeDynamo.Validation;

/// <summary>
/// CreateTable's secondary-index checks (spec data-plane §8.2.4-6), in dynalite's order: LSIs, then GSIs, then the
/// cross-index limits (unused definitions, projected attributes).
/// </summary>
internal static class CreateTableIndexValidation
{
    /// <summary>LSIs per table (data-plane §8.2.4).</summary>
    public const int MaxLocalIndexes = 5;

    /// <summary>GSIs per table, default quota (data-plane §8.2.5).</summary>
    public const int MaxGlobalIndexes = 20;

    /// <summary>Projected non-key attributes across all indexes (data-plane §8.2.6, [DG]).</summary>
    public const int MaxNonKeyAttributes = 100;

    public static void Validate(CreateTableRequest request, List<string> definitions)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        if (request.LocalSecondaryIndexes is { } locals)
        {
            LocalIndexes(request, locals, definitions, names);
        }

        if (request.GlobalSecondaryIndexes is { } globals)
        {
            GlobalIndexes(request, globals, definitions, names);
        }

        if (request.LocalSecondaryIndexes is null && request.GlobalSecondaryIndexes is null)
        {
            return;
        }

        var used = request.KeySchema.Select(k => k.AttributeName)
            .Concat((request.LocalSecondaryIndexes ?? []).SelectMany(i => i.KeySchema.Select(k => k.AttributeName)))
            .Concat((request.GlobalSecondaryIndexes ?? []).SelectMany(i => i.KeySchema.Select(k => k.AttributeName)))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        if (definitions.Any(d => !used.Contains(d)))
        {
            throw DynamoErrors.UnusedAttributeDefinitions(definitions.Order(StringComparer.Ordinal), used);
        }

        var projected = (request.LocalSecondaryIndexes ?? []).Sum(i => i.Projection.NonKeyAttributes?.Count ?? 0)
            + (request.GlobalSecondaryIndexes ?? []).Sum(i => i.Projection.NonKeyAttributes?.Count ?? 0);
        if (projected > MaxNonKeyAttributes)
        {
            throw DynamoErrors.TooManyNonKeyAttributes(MaxNonKeyAttributes);
        }
    }

    private static void LocalIndexes(CreateTableRequest request, List<LocalSecondaryIndex> locals, List<string> definitions, HashSet<string> names)
    {
        if (locals.Count == 0)
        {
            throw DynamoErrors.IndexListEmpty("LocalSecondaryIndexes");
        }

        if (request.KeySchema.Count != 2)
        {
            throw DynamoErrors.LocalIndexNeedsTableRangeKey();
        }

        var tableHash = request.KeySchema[0].AttributeName;
        foreach (var lsi in locals)
        {
            IndexRules.KeySchema(lsi.KeySchema, definitions);
            if (lsi.KeySchema.Count != 2)
            {
                throw DynamoErrors.IndexHasNoRangeKey(lsi.IndexName);
            }

            var indexHash = lsi.KeySchema[0].AttributeName;
            if (indexHash != tableHash)
            {
                throw DynamoErrors.IndexHashKeyDiffers(lsi.IndexName, indexHash, tableHash);
            }

            IndexRules.Projection(lsi.Projection);
            if (!names.Add(lsi.IndexName))
            {
                throw DynamoErrors.DuplicateIndexName(lsi.IndexName);
            }
        }

        if (locals.Count > MaxLocalIndexes)
        {
            throw DynamoErrors.TooManyLocalIndexes(MaxLocalIndexes);
        }
    }

    private static void GlobalIndexes(CreateTableRequest request, List<GlobalSecondaryIndex> globals, List<string> definitions, HashSet<string> names)
    {
        if (globals.Count == 0)
        {
            throw DynamoErrors.IndexListEmpty("GlobalSecondaryIndexes");
        }

        var onDemand = request.BillingMode?.Value == "PAY_PER_REQUEST";
        foreach (var gsi in globals)
        {
            IndexRules.KeySchema(gsi.KeySchema, definitions);
            IndexRules.Projection(gsi.Projection);
            if (onDemand && gsi.ProvisionedThroughput is not null)
            {
                throw DynamoErrors.IndexThroughputWithPayPerRequest(gsi.IndexName);
            }

            if (!onDemand && gsi.ProvisionedThroughput is null)
            {
                throw DynamoErrors.IndexThroughputNotSpecified(gsi.IndexName);
            }

            SchemaShapeValidation.ThroughputBounds(gsi.ProvisionedThroughput);
            if (!names.Add(gsi.IndexName))
            {
                throw DynamoErrors.DuplicateIndexName(gsi.IndexName);
            }
        }

        if (globals.Count > MaxGlobalIndexes)
        {
            throw DynamoErrors.TooManyGlobalIndexes(MaxGlobalIndexes);
        }
    }
}
