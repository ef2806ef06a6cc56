using Amazon.DynamoDBv2.Model;
using FakeDynamo.Errors;

namespace FakeDynamo.Validation;

/// <summary>
/// The per-index checks CreateTable runs for each LSI and GSI, and UpdateTable for a GSI Create, in dynalite's order
/// (spec data-plane §8.2.4-5): key attributes defined, hash ≠ range, HASH first, RANGE second, then the projection.
/// </summary>
internal static class IndexRules
{
    /// <summary>Key checks; <paramref name="defined"/> are the attribute names the index may use.</summary>
    public static void KeySchema(List<KeySchemaElement> keySchema, IReadOnlyList<string> defined)
    {
        var keys = keySchema.Select(k => k.AttributeName).ToList();
        if (keys.Any(k => !defined.Contains(k)))
        {
            throw DynamoErrors.KeysNotDefined(keys, defined);
        }

        CommonKeyOrder(keySchema);
    }

    /// <summary>Same-name, HASH-first and RANGE-second checks shared by tables and indexes.</summary>
    public static void CommonKeyOrder(List<KeySchemaElement> keySchema)
    {
        if (keySchema.Count == 2 && keySchema[0].AttributeName == keySchema[1].AttributeName)
        {
            throw DynamoErrors.HashAndRangeSameName();
        }

        if (keySchema[0].KeyType?.Value != "HASH")
        {
            throw DynamoErrors.FirstKeyNotHash();
        }

        if (keySchema.Count == 2 && keySchema[1].KeyType?.Value != "RANGE")
        {
            throw DynamoErrors.SecondKeyNotRange();
        }
    }

    public static void Projection(Projection projection)
    {
        var type = projection.ProjectionType?.Value;
        if (type is null)
        {
            throw DynamoErrors.UnknownProjectionType();
        }

        if (projection.NonKeyAttributes is not null && type != "INCLUDE")
        {
            throw DynamoErrors.NonKeyAttributesNotAllowed(type);
        }

        if (projection.NonKeyAttributes is null && type == "INCLUDE")
        {
            throw DynamoErrors.NonKeyAttributesMissing();
        }
    }
}
