using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using FakeDynamo.Engine;
using FakeDynamo.Errors;

namespace FakeDynamo.Validation;

/// <summary>Shape validation of table control-plane requests (data-plane §8), before any state is read.</summary>
internal static class TableRequestValidation
{
    private static readonly string[] KeyTypes = ["HASH", "RANGE"];
    private static readonly string[] ScalarTypes = ["B", "N", "S"];
    private static readonly string[] BillingModeValues = [BillingModes.Provisioned, BillingModes.PayPerRequest];

    public static void CreateTable(CreateTableRequest request)
    {
        var report = new ValidationReport();
        report.NotNull(request.AttributeDefinitions, "attributeDefinitions");
        report.NotNull(request.TableName, "tableName");
        report.NotNull(request.KeySchema, "keySchema");
        report.Length(request.TableName, "tableName", 3, 255);
        report.NamePattern(request.TableName, "tableName");
        if (request.KeySchema is { } keySchema)
        {
            if (keySchema.Count is < 1 or > 2)
            {
                report.Add("[" + string.Join(", ", keySchema.Select(k => $"KeySchemaElement(attributeName={k.AttributeName}, keyType={k.KeyType?.Value})")) + "]",
                    "keySchema", keySchema.Count < 1 ? "Member must have length greater than or equal to 1" : "Member must have length less than or equal to 2");
            }

            for (var i = 0; i < keySchema.Count; i++)
            {
                report.NotNull(keySchema[i].AttributeName, $"keySchema.{i + 1}.member.attributeName");
                report.NotNull(keySchema[i].KeyType?.Value, $"keySchema.{i + 1}.member.keyType");
                report.Enum(keySchema[i].KeyType?.Value, $"keySchema.{i + 1}.member.keyType", KeyTypes);
            }
        }

        if (request.AttributeDefinitions is { } definitions)
        {
            for (var i = 0; i < definitions.Count; i++)
            {
                report.NotNull(definitions[i].AttributeName, $"attributeDefinitions.{i + 1}.member.attributeName");
                report.NotNull(definitions[i].AttributeType?.Value, $"attributeDefinitions.{i + 1}.member.attributeType");
                report.Enum(definitions[i].AttributeType?.Value, $"attributeDefinitions.{i + 1}.member.attributeType", ScalarTypes);
            }
        }

        report.Enum(request.BillingMode?.Value, "billingMode", BillingModeValues);
        report.Range(request.ProvisionedThroughput?.ReadCapacityUnits, "provisionedThroughput.readCapacityUnits", 1, long.MaxValue);
        report.Range(request.ProvisionedThroughput?.WriteCapacityUnits, "provisionedThroughput.writeCapacityUnits", 1, long.MaxValue);
        report.ThrowIfAny();

        var billing = request.BillingMode?.Value ?? BillingModes.Provisioned;
        if (billing == BillingModes.Provisioned &&
            (request.ProvisionedThroughput?.ReadCapacityUnits is null || request.ProvisionedThroughput?.WriteCapacityUnits is null))
        {
            throw DynamoErrors.Validation(
                "One or more parameter values were invalid: ReadCapacityUnits and WriteCapacityUnits must both be specified when BillingMode is PROVISIONED");
        }

        if (billing == BillingModes.PayPerRequest && request.ProvisionedThroughput is not null)
        {
            throw DynamoErrors.Validation(
                "One or more parameter values were invalid: Neither ReadCapacityUnits nor WriteCapacityUnits can be specified when BillingMode is PAY_PER_REQUEST");
        }

        var keys = request.KeySchema!;
        if (keys[0].KeyType != KeyType.HASH)
        {
            throw DynamoErrors.Validation("Invalid KeySchema: The first KeySchemaElement is not a HASH key type");
        }

        if (keys.Count == 2 && keys[1].KeyType != KeyType.RANGE)
        {
            throw DynamoErrors.Validation("Invalid KeySchema: The second KeySchemaElement is not a RANGE key type");
        }

        if (keys.Count == 2 && keys[0].AttributeName == keys[1].AttributeName)
        {
            throw DynamoErrors.Validation("Both the Hash Key and the Range Key element in the KeySchema have the same name");
        }

        var defined = request.AttributeDefinitions!.Select(d => d.AttributeName).ToList();
        var missing = keys.Select(k => k.AttributeName).Where(n => !defined.Contains(n)).ToList();
        if (missing.Count > 0)
        {
            throw DynamoErrors.Validation(
                $"One or more parameter values were invalid: Some index key attributes are not defined in AttributeDefinitions. Keys: [{string.Join(", ", keys.Select(k => k.AttributeName))}], AttributeDefinitions: [{string.Join(", ", defined)}]");
        }

        var noIndexes = request.GlobalSecondaryIndexes is null && request.LocalSecondaryIndexes is null;
        if (noIndexes && defined.Count != keys.Count)
        {
            throw DynamoErrors.Validation(
                "One or more parameter values were invalid: Number of attributes in KeySchema does not exactly match number of attributes defined in AttributeDefinitions");
        }
    }

    /// <summary>DescribeTable/DeleteTable style name checks: legacy texts (data-plane §8.1).</summary>
    public static void ControlPlaneTableName(string? tableName)
    {
        if (tableName is null)
        {
            throw DynamoErrors.TableNameRequired();
        }

        if (tableName.StartsWith("arn:", StringComparison.Ordinal))
        {
            return;
        }

        if (tableName.Length is < 3 or > 255)
        {
            throw DynamoErrors.TableNameLength();
        }

        var report = new ValidationReport();
        report.NamePattern(tableName, "tableName");
        report.ThrowIfAny();
    }
}
