using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using FakeDynamo.Engine;
using FakeDynamo.Errors;
using FakeDynamo.Storage;
using FakeDynamo.Validation;

namespace FakeDynamo;

/// <summary>Reads operations.</summary>
public partial class FakeDynamoDBClient
{
    /// <inheritdoc />
    public virtual Task<QueryResponse> QueryAsync(QueryRequest request, CancellationToken cancellationToken = default) =>
        Invoke<QueryRequest, QueryResponse>(request, cancellationToken, Query);

    /// <inheritdoc />
    public virtual Task<ScanResponse> ScanAsync(ScanRequest request, CancellationToken cancellationToken = default) =>
        Invoke<ScanRequest, ScanResponse>(request, cancellationToken, Scan);

    /// <inheritdoc />
    public virtual Task<ScanResponse> ScanAsync(string tableName, List<string> attributesToGet, CancellationToken cancellationToken = default) =>
        ScanAsync(new ScanRequest { TableName = tableName, AttributesToGet = attributesToGet }, cancellationToken);

    /// <inheritdoc />
    public virtual Task<ScanResponse> ScanAsync(string tableName, Dictionary<string, Condition> scanFilter, CancellationToken cancellationToken = default) =>
        ScanAsync(new ScanRequest { TableName = tableName, ScanFilter = scanFilter }, cancellationToken);

    /// <inheritdoc />
    public virtual Task<ScanResponse> ScanAsync(string tableName, List<string> attributesToGet, Dictionary<string, Condition> scanFilter, CancellationToken cancellationToken = default) =>
        ScanAsync(new ScanRequest { TableName = tableName, AttributesToGet = attributesToGet, ScanFilter = scanFilter }, cancellationToken);

    private QueryResponse Query(QueryRequest request)
    {
        ReadRequestValidation.Query(request);
        var attributes = Expressions.ExpressionAttributes.From(request.ExpressionAttributeNames, request.ExpressionAttributeValues, enveloped: false);
        var (conditions, expressions) = Expressions.QueryExpressions.Parse(request, attributes);
        StartKeys.CheckValues(request.ExclusiveStartKey);
        var table = _account.UsableTable(request.TableName);
        if (request.IndexName is not null)
        {
            return QueryIndex(request, table, conditions, expressions);
        }

        expressions.CheckFilterOmitsKeys(new[] { table.Schema.PartitionKey.Name, table.Schema.SortKey?.Name }.OfType<string>(), request.FilterExpression is null);
        var plan = QueryPlan.From(table.Schema, conditions);
        var start = StartKeys.ForQuery(table.Schema, request.ExclusiveStartKey, plan);
        var page = Account.Query(table, plan, request.ScanIndexForward ?? true, start, request.Limit);
        var count = request.Select == Select.COUNT;
        var returned = expressions.Apply(page.Items);

        // A query on a hash-only table cannot be restarted at all (data-plane §5.4), so it gets no LastEvaluatedKey:
        // one the service would refuse would break every paginator (decision, docs/items.md).
        var atMostOneRow = table.Schema.SortKey is null;
        return new QueryResponse
        {
            Items = count ? null : returned,
            Count = returned.Count,
            ScannedCount = page.Items.Count,
            LastEvaluatedKey = atMostOneRow ? null : KeyMap(table.Schema, page.LastEvaluatedKey),
            ConsumedCapacity = PageCapacity(request.ReturnConsumedCapacity, request.TableName, page, request.ConsistentRead),
        };
    }

    private ScanResponse Scan(ScanRequest request)
    {
        var expressions = ReadRequestValidation.Scan(request);
        var (segment, totalSegments) = (request.Segment ?? 0, request.TotalSegments ?? 1);
        StartKeys.CheckValues(request.ExclusiveStartKey);
        var table = _account.UsableTable(request.TableName);
        if (request.IndexName is not null)
        {
            return ScanIndex(request, table, segment, totalSegments, expressions);
        }

        var start = StartKeys.ForScan(table.Schema, request.ExclusiveStartKey, segment, totalSegments);
        var page = Account.Scan(table, start, request.Limit, segment, totalSegments);
        var count = request.Select == Select.COUNT;
        var returned = expressions.Apply(page.Items);
        return new ScanResponse
        {
            Items = count ? null : returned,
            Count = returned.Count,
            ScannedCount = page.Items.Count,
            LastEvaluatedKey = KeyMap(table.Schema, page.LastEvaluatedKey),
            ConsumedCapacity = PageCapacity(request.ReturnConsumedCapacity, request.TableName, page, request.ConsistentRead),
        };
    }

    /// <summary>Σ sizes of the items evaluated (before filter and projection) / 4 KB (data-plane §4.7).</summary>
    private static ConsumedCapacity? PageCapacity(ReturnConsumedCapacity? mode, string tableName, ReadPage page, bool? consistent) =>
        CapacityUnits.Read(mode, tableName, CapacityUnits.ReadUnits(page.Items.Sum(i => i.Size), consistent == true));

    /// <summary>A primary key as the service returns it (LastEvaluatedKey): table key attributes, numbers canonical.</summary>
    private static Dictionary<string, AttributeValue>? KeyMap(TableSchema schema, PrimaryKey? key)
    {
        if (key is null)
        {
            return null;
        }

        var map = new Dictionary<string, AttributeValue> { [schema.PartitionKey.Name] = key.Partition.ToAttributeValue() };
        if (schema.SortKey is not null && key.Sort is not null)
        {
            map[schema.SortKey.Name] = key.Sort.ToAttributeValue();
        }

        return map;
    }
}
