namespace FakeDynamo.Storage;

/// <summary>A table primary key: partition key value plus sort key value (null for hash-only tables).</summary>
internal sealed record PrimaryKey(KeyValue Partition, KeyValue? Sort)
{
    public override string ToString() => Sort is null ? Partition.ToString() : $"{Partition}/{Sort}";
}
