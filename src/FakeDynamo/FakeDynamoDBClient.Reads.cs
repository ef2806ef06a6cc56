using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace FakeDynamo;

/// <summary>Reads operations.</summary>
public partial class FakeDynamoDBClient
{
    /// <inheritdoc />
    public virtual Task<QueryResponse> QueryAsync(QueryRequest request, CancellationToken cancellationToken = default) =>
        Invoke<QueryRequest, QueryResponse>(request, cancellationToken, _ => throw Unsupported("Query"));

    /// <inheritdoc />
    public virtual Task<ScanResponse> ScanAsync(ScanRequest request, CancellationToken cancellationToken = default) =>
        Invoke<ScanRequest, ScanResponse>(request, cancellationToken, _ => throw Unsupported("Scan"));

    /// <inheritdoc />
    public virtual Task<ScanResponse> ScanAsync(string tableName, List<string> attributesToGet, CancellationToken cancellationToken = default) =>
        ScanAsync(new ScanRequest { TableName = tableName, AttributesToGet = attributesToGet }, cancellationToken);

    /// <inheritdoc />
    public virtual Task<ScanResponse> ScanAsync(string tableName, Dictionary<string, Condition> scanFilter, CancellationToken cancellationToken = default) =>
        ScanAsync(new ScanRequest { TableName = tableName, ScanFilter = scanFilter }, cancellationToken);

    /// <inheritdoc />
    public virtual Task<ScanResponse> ScanAsync(string tableName, List<string> attributesToGet, Dictionary<string, Condition> scanFilter, CancellationToken cancellationToken = default) =>
        ScanAsync(new ScanRequest { TableName = tableName, AttributesToGet = attributesToGet, ScanFilter = scanFilter }, cancellationToken);
}
