using Amazon.DynamoDBv2.Model;
using FakeDynamo.Engine;

namespace FakeDynamo.Mapping;

/// <summary>Turns a shape-validated <see cref="UpdateTableRequest"/> into the engine's <see cref="TableUpdate"/> (copy in).</summary>
internal static class UpdateTableMapper
{
    public static TableUpdate ToUpdate(UpdateTableRequest request)
    {
        var updates = request.GlobalSecondaryIndexUpdates ?? [];
        return new TableUpdate(
            request.BillingMode?.Value,
            Throughput(request.ProvisionedThroughput),
            CreateTableMapper.OnDemand(request.OnDemandThroughput),
            request.StreamSpecification is { StreamEnabled: true } s ? new StreamSettings(true, s.StreamViewType?.Value) : null,
            request.StreamSpecification is not null,
            CreateTableMapper.Sse(request.SSESpecification, null),
            request.SSESpecification is not null,
            request.TableClass?.Value,
            request.DeletionProtectionEnabled,
            (request.AttributeDefinitions ?? []).Select(d => new KeyAttribute(d.AttributeName, d.AttributeType.Value[0])).ToList(),
            updates.Where(u => u.Create is not null).Select(u => Create(u.Create)).ToList(),
            updates.Where(u => u.Update is not null)
                .Select(u => new IndexCapacityChange(u.Update.IndexName, Throughput(u.Update.ProvisionedThroughput), CreateTableMapper.OnDemand(u.Update.OnDemandThroughput)))
                .ToList(),
            updates.Where(u => u.Delete is not null).Select(u => u.Delete.IndexName).ToList());
    }

    private static IndexCreate Create(CreateGlobalSecondaryIndexAction create) => new(
        create.IndexName,
        create.KeySchema[0].AttributeName,
        create.KeySchema.Count > 1 ? create.KeySchema[1].AttributeName : null,
        new IndexProjection(create.Projection.ProjectionType.Value, [.. create.Projection.NonKeyAttributes ?? []]),
        Throughput(create.ProvisionedThroughput),
        CreateTableMapper.OnDemand(create.OnDemandThroughput));

    private static Throughput? Throughput(ProvisionedThroughput? throughput) =>
        throughput is { ReadCapacityUnits: { } read, WriteCapacityUnits: { } write } ? new Throughput(read, write) : null;
}
