using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using FakeDynamo.Errors;
using FakeDynamo.Mapping;
using FakeDynamo.Validation;

namespace FakeDynamo;

/// <summary>Tables operations.</summary>
public partial class FakeDynamoDBClient
{
    /// <inheritdoc />
    public virtual Task<CreateTableResponse> CreateTableAsync(CreateTableRequest request, CancellationToken cancellationToken = default) =>
        Invoke<CreateTableRequest, CreateTableResponse>(request, cancellationToken, CreateTable);

    /// <inheritdoc />
    public virtual Task<CreateTableResponse> CreateTableAsync(string tableName, List<KeySchemaElement> keySchema, List<AttributeDefinition> attributeDefinitions, ProvisionedThroughput provisionedThroughput, CancellationToken cancellationToken = default) =>
        CreateTableAsync(new CreateTableRequest { TableName = tableName, KeySchema = keySchema, AttributeDefinitions = attributeDefinitions, ProvisionedThroughput = provisionedThroughput }, cancellationToken);

    /// <inheritdoc />
    public virtual Task<DeleteTableResponse> DeleteTableAsync(DeleteTableRequest request, CancellationToken cancellationToken = default) =>
        Invoke<DeleteTableRequest, DeleteTableResponse>(request, cancellationToken, DeleteTable);

    /// <inheritdoc />
    public virtual Task<DeleteTableResponse> DeleteTableAsync(string tableName, CancellationToken cancellationToken = default) =>
        DeleteTableAsync(new DeleteTableRequest { TableName = tableName }, cancellationToken);

    /// <inheritdoc />
    public virtual Task<DescribeTableResponse> DescribeTableAsync(DescribeTableRequest request, CancellationToken cancellationToken = default) =>
        Invoke<DescribeTableRequest, DescribeTableResponse>(request, cancellationToken, DescribeTable);

    /// <inheritdoc />
    public virtual Task<DescribeTableResponse> DescribeTableAsync(string tableName, CancellationToken cancellationToken = default) =>
        DescribeTableAsync(new DescribeTableRequest { TableName = tableName }, cancellationToken);

    /// <inheritdoc />
    public virtual Task<ListTablesResponse> ListTablesAsync(CancellationToken cancellationToken = default) =>
        ListTablesAsync(new ListTablesRequest {  }, cancellationToken);

    /// <inheritdoc />
    public virtual Task<ListTablesResponse> ListTablesAsync(ListTablesRequest request, CancellationToken cancellationToken = default) =>
        Invoke<ListTablesRequest, ListTablesResponse>(request, cancellationToken, ListTables);

    /// <inheritdoc />
    public virtual Task<ListTablesResponse> ListTablesAsync(string exclusiveStartTableName, CancellationToken cancellationToken = default) =>
        ListTablesAsync(new ListTablesRequest { ExclusiveStartTableName = exclusiveStartTableName }, cancellationToken);

    /// <inheritdoc />
    public virtual Task<ListTablesResponse> ListTablesAsync(int? limit, CancellationToken cancellationToken = default) =>
        ListTablesAsync(new ListTablesRequest { Limit = limit }, cancellationToken);

    /// <inheritdoc />
    public virtual Task<ListTablesResponse> ListTablesAsync(string exclusiveStartTableName, int? limit, CancellationToken cancellationToken = default) =>
        ListTablesAsync(new ListTablesRequest { ExclusiveStartTableName = exclusiveStartTableName, Limit = limit }, cancellationToken);

    /// <inheritdoc />
    public virtual Task<UpdateTableResponse> UpdateTableAsync(UpdateTableRequest request, CancellationToken cancellationToken = default) =>
        Invoke<UpdateTableRequest, UpdateTableResponse>(request, cancellationToken, UpdateTable);

    /// <inheritdoc />
    public virtual Task<UpdateTableResponse> UpdateTableAsync(string tableName, ProvisionedThroughput provisionedThroughput, CancellationToken cancellationToken = default) =>
        UpdateTableAsync(new UpdateTableRequest { TableName = tableName, ProvisionedThroughput = provisionedThroughput }, cancellationToken);

    private CreateTableResponse CreateTable(CreateTableRequest request)
    {
        TableRequestValidation.CreateTable(request);
        if (request.GlobalTableSourceArn is not null)
        {
            throw Unsupported("CreateTable with global table settings");
        }

        // TableName may be a table ARN of this account and region (the member is a TableArn).
        var name = _account.ResolveTableName(request.TableName);
        if (name is null || !Names.IsValidTableName(name))
        {
            throw DynamoErrors.InvalidTableArn(request.TableName);
        }

        var schema = CreateTableMapper.ToSchema(request);
        var tags = request.Tags?.ToDictionary(t => t.Key, t => t.Value, StringComparer.Ordinal);
        // Described under the account gate: a concurrent UpdateTable must not change the table while it is read.
        lock (_account.Gate)
        {
            var table = _account.CreateTable(name, schema, tags);
            return new CreateTableResponse { TableDescription = TableDescriptions.Describe(table, table.CreatedAt, Engine.TableStatus.Creating) };
        }
    }

    private DescribeTableResponse DescribeTable(DescribeTableRequest request)
    {
        TableRequestValidation.ControlPlaneTableName(request.TableName);
        lock (_account.Gate)
        {
            var table = _account.DescribeTable(request.TableName);
            return new DescribeTableResponse { Table = TableDescriptions.Describe(table, _account.Now) };
        }
    }

    private ListTablesResponse ListTables(ListTablesRequest request)
    {
        var report = new ValidationReport();
        report.Range(request.Limit, "limit", 1, 100);
        report.Length(request.ExclusiveStartTableName, "exclusiveStartTableName", 3, 255);
        report.NamePattern(request.ExclusiveStartTableName, "exclusiveStartTableName");
        report.ThrowIfAny();
        var limit = request.Limit ?? 100;
        var start = request.ExclusiveStartTableName;
        var remaining = _account.TableNames()
            .Where(n => start is null || string.CompareOrdinal(n, start) > 0)
            .ToList();
        var page = remaining.Take(limit).ToList();
        return new ListTablesResponse
        {
            TableNames = page,
            // Absent when the page reaches the last name (data-plane §8.3).
            LastEvaluatedTableName = remaining.Count > limit ? page[^1] : null,
        };
    }

    private DeleteTableResponse DeleteTable(DeleteTableRequest request)
    {
        TableRequestValidation.ControlPlaneTableName(request.TableName);
        TableDescription description;
        lock (_account.Gate)
        {
            var table = _account.DeleteTable(request.TableName);
            description = TableDescriptions.Describe(table, _account.Now);
        }

        // The DeleteTable response carries no key schema, attribute definitions or index lists (data-plane §8.3).
        description.KeySchema = null;
        description.AttributeDefinitions = null;
        description.GlobalSecondaryIndexes = null;
        description.LocalSecondaryIndexes = null;
        return new DeleteTableResponse { TableDescription = description };
    }

    private UpdateTableResponse UpdateTable(UpdateTableRequest request)
    {
        UpdateTableValidation.Validate(request);
        if (request.ReplicaUpdates is not null || request.GlobalTableWitnessUpdates is not null || request.MultiRegionConsistency is not null)
        {
            throw Unsupported("UpdateTable with global table settings");
        }

        var update = UpdateTableMapper.ToUpdate(request);
        lock (_account.Gate)
        {
            var table = _account.UpdateTable(request.TableName, update);
            return new UpdateTableResponse { TableDescription = DescribeUpdated(table, update) };
        }
    }

    /// <summary>The UpdateTable response: UPDATING, a new GSI CREATING and a deleted one DELETING even with zero delays.</summary>
    private TableDescription DescribeUpdated(Engine.Table table, Engine.TableUpdate update)
    {
        var description = TableDescriptions.Describe(table, _account.Now, update.MakesTableUpdating ? Engine.TableStatus.Updating : null);

        // The response of the call that adds a GSI shows it CREATING even when the backfill delay is zero.
        foreach (var index in description.GlobalSecondaryIndexes ?? [])
        {
            if (update.Creates.Any(c => c.Name == index.IndexName))
            {
                index.IndexStatus = IndexStatus.CREATING;
                index.Backfilling = true;
                index.IndexSizeBytes = 0;
                index.ItemCount = 0;
            }
        }

        // A deleted GSI is gone at once with a zero delay, but the response still lists it as DELETING.
        foreach (var name in update.Deletes)
        {
            if (description.GlobalSecondaryIndexes?.Any(i => i.IndexName == name) != true)
            {
                var deleted = table.DeletingIndexes.Last(d => d.Index.Name == name).Index;
                description.GlobalSecondaryIndexes ??= [];
                description.GlobalSecondaryIndexes.Add(TableDescriptions.DeletingIndex(table, deleted));
            }
        }

        return description;
    }
}
