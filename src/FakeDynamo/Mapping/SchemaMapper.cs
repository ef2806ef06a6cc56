using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using FakeDynamo.Engine;

namespace FakeDynamo.Mapping;

/// <summary>
/// Converts between the SDK's schema shapes and the engine's immutable <see cref="TableSchema"/>. Input is assumed
/// already validated (Validation/); output is always a fresh object graph (copy out).
/// </summary>
internal static class SchemaMapper
{
    public static List<KeySchemaElement> KeySchema(KeyAttribute partitionKey, KeyAttribute? sortKey)
    {
        var list = new List<KeySchemaElement> { new(partitionKey.Name, KeyType.HASH) };
        if (sortKey is not null)
        {
            list.Add(new KeySchemaElement(sortKey.Name, KeyType.RANGE));
        }

        return list;
    }

    public static List<AttributeDefinition> AttributeDefinitions(TableSchema schema) =>
        schema.AttributeDefinitions.Select(a => new AttributeDefinition(a.Name, new ScalarAttributeType(a.TypeName))).ToList();

    public static Projection Projection(IndexProjection projection) => new()
    {
        ProjectionType = new ProjectionType(projection.Type),
        NonKeyAttributes = projection.Type == "INCLUDE" ? [.. projection.NonKeyAttributes] : null,
    };

    public static ProvisionedThroughputDescription ThroughputDescription(Throughput throughput) => new()
    {
        ReadCapacityUnits = throughput.Read,
        WriteCapacityUnits = throughput.Write,
        NumberOfDecreasesToday = 0,
    };

    public static ProvisionedThroughput Throughput(Throughput throughput) => new()
    {
        ReadCapacityUnits = throughput.Read,
        WriteCapacityUnits = throughput.Write,
    };

    public static OnDemandThroughput? OnDemand(OnDemandLimits? limits) => limits is null
        ? null
        : new OnDemandThroughput { MaxReadRequestUnits = limits.MaxRead, MaxWriteRequestUnits = limits.MaxWrite };

    public static StreamSpecification? Stream(StreamSettings? stream) => stream is { Enabled: true }
        ? new StreamSpecification { StreamEnabled = true, StreamViewType = new StreamViewType(stream.ViewType) }
        : null;

    /// <summary>SSEDescription only when SSE uses a KMS key (Enabled); the AWS-owned default key shows none.</summary>
    public static SSEDescription? Sse(SseSettings? sse) => sse is { Enabled: true }
        ? new SSEDescription { Status = SSEStatus.ENABLED, SSEType = new SSEType(sse.SseType ?? "KMS"), KMSMasterKeyArn = sse.KmsKeyArn }
        : null;

    public static KeyAttribute KeyAttributeOf(string name, IEnumerable<AttributeDefinition> definitions)
    {
        var definition = definitions.First(d => d.AttributeName == name);
        return new KeyAttribute(name, definition.AttributeType.Value[0]);
    }
}
