using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using FakeDynamo.Engine;

namespace FakeDynamo.Mapping;

/// <summary>Turns a validated <see cref="CreateTableRequest"/> into the engine's <see cref="TableSchema"/> (copy in).</summary>
internal static class CreateTableMapper
{
    public static TableSchema ToSchema(CreateTableRequest request)
    {
        var definitions = request.AttributeDefinitions;
        var hash = request.KeySchema.First(k => k.KeyType == KeyType.HASH).AttributeName;
        var range = request.KeySchema.FirstOrDefault(k => k.KeyType == KeyType.RANGE)?.AttributeName;
        var billing = request.BillingMode?.Value ?? BillingModes.Provisioned;
        var indexes = new List<IndexDefinition>();
        foreach (var gsi in request.GlobalSecondaryIndexes ?? [])
        {
            indexes.Add(Index(gsi.IndexName, true, gsi.KeySchema, gsi.Projection, definitions, gsi.ProvisionedThroughput, gsi.OnDemandThroughput, billing));
        }

        foreach (var lsi in request.LocalSecondaryIndexes ?? [])
        {
            indexes.Add(Index(lsi.IndexName, false, lsi.KeySchema, lsi.Projection, definitions, null, null, billing));
        }

        return new TableSchema(
            SchemaMapper.KeyAttributeOf(hash, definitions),
            range is null ? null : SchemaMapper.KeyAttributeOf(range, definitions),
            definitions.Select(d => new KeyAttribute(d.AttributeName, d.AttributeType.Value[0])).ToList(),
            indexes,
            billing,
            billing == BillingModes.Provisioned && request.ProvisionedThroughput is { } t
                ? new Throughput(t.ReadCapacityUnits ?? 0, t.WriteCapacityUnits ?? 0)
                : Throughput.Zero,
            OnDemand(request.OnDemandThroughput),
            request.StreamSpecification is { StreamEnabled: true } s ? new StreamSettings(true, s.StreamViewType?.Value) : null,
            Sse(request.SSESpecification, null),
            request.TableClass?.Value ?? "STANDARD",
            request.DeletionProtectionEnabled ?? false);
    }

    public static IndexDefinition Index(
        string name,
        bool isGlobal,
        List<KeySchemaElement> keySchema,
        Projection projection,
        List<AttributeDefinition> definitions,
        ProvisionedThroughput? throughput,
        OnDemandThroughput? onDemand,
        string billingMode)
    {
        var hash = keySchema.First(k => k.KeyType == KeyType.HASH).AttributeName;
        var range = keySchema.FirstOrDefault(k => k.KeyType == KeyType.RANGE)?.AttributeName;
        return new IndexDefinition(
            name,
            isGlobal,
            SchemaMapper.KeyAttributeOf(hash, definitions),
            range is null ? null : SchemaMapper.KeyAttributeOf(range, definitions),
            new IndexProjection(projection.ProjectionType?.Value ?? "ALL", [.. projection.NonKeyAttributes ?? []]),
            isGlobal ? billingMode == BillingModes.Provisioned && throughput is not null
                ? new Throughput(throughput.ReadCapacityUnits ?? 0, throughput.WriteCapacityUnits ?? 0)
                : Throughput.Zero : null,
            isGlobal ? OnDemand(onDemand) : null);
    }

    public static OnDemandLimits? OnDemand(OnDemandThroughput? value) =>
        value is null || (value.MaxReadRequestUnits is null && value.MaxWriteRequestUnits is null)
            ? null
            : new OnDemandLimits(value.MaxReadRequestUnits, value.MaxWriteRequestUnits);

    /// <summary>SSESpecification → settings: Enabled=true means a KMS key (the AWS-managed one unless a key is named).</summary>
    public static SseSettings? Sse(SSESpecification? spec, string? region)
    {
        if (spec is not { Enabled: true })
        {
            return null;
        }

        var key = spec.KMSMasterKeyId;
        return new SseSettings(true, spec.SSEType?.Value ?? "KMS", key);
    }
}
