using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace FakeDynamo;

/// <summary>Unsupported operations.</summary>
public partial class FakeDynamoDBClient
{
    /// <inheritdoc />
    public virtual Task<BatchExecuteStatementResponse> BatchExecuteStatementAsync(BatchExecuteStatementRequest request, CancellationToken cancellationToken = default) => throw Unsupported("BatchExecuteStatement");

    /// <inheritdoc />
    public virtual Task<CreateGlobalTableResponse> CreateGlobalTableAsync(CreateGlobalTableRequest request, CancellationToken cancellationToken = default) => throw Unsupported("CreateGlobalTable");

    /// <inheritdoc />
    public virtual Task<DeleteResourcePolicyResponse> DeleteResourcePolicyAsync(DeleteResourcePolicyRequest request, CancellationToken cancellationToken = default) => throw Unsupported("DeleteResourcePolicy");

    /// <inheritdoc />
    public virtual Task<DescribeContributorInsightsResponse> DescribeContributorInsightsAsync(DescribeContributorInsightsRequest request, CancellationToken cancellationToken = default) => throw Unsupported("DescribeContributorInsights");

    /// <inheritdoc />
    public virtual Task<DescribeExportResponse> DescribeExportAsync(DescribeExportRequest request, CancellationToken cancellationToken = default) => throw Unsupported("DescribeExport");

    /// <inheritdoc />
    public virtual Task<DescribeGlobalTableResponse> DescribeGlobalTableAsync(DescribeGlobalTableRequest request, CancellationToken cancellationToken = default) => throw Unsupported("DescribeGlobalTable");

    /// <inheritdoc />
    public virtual Task<DescribeGlobalTableSettingsResponse> DescribeGlobalTableSettingsAsync(DescribeGlobalTableSettingsRequest request, CancellationToken cancellationToken = default) => throw Unsupported("DescribeGlobalTableSettings");

    /// <inheritdoc />
    public virtual Task<DescribeImportResponse> DescribeImportAsync(DescribeImportRequest request, CancellationToken cancellationToken = default) => throw Unsupported("DescribeImport");

    /// <inheritdoc />
    public virtual Task<DescribeKinesisStreamingDestinationResponse> DescribeKinesisStreamingDestinationAsync(DescribeKinesisStreamingDestinationRequest request, CancellationToken cancellationToken = default) => throw Unsupported("DescribeKinesisStreamingDestination");

    /// <inheritdoc />
    public virtual Task<DescribeTableReplicaAutoScalingResponse> DescribeTableReplicaAutoScalingAsync(DescribeTableReplicaAutoScalingRequest request, CancellationToken cancellationToken = default) => throw Unsupported("DescribeTableReplicaAutoScaling");

    /// <inheritdoc />
    public virtual Task<DisableKinesisStreamingDestinationResponse> DisableKinesisStreamingDestinationAsync(DisableKinesisStreamingDestinationRequest request, CancellationToken cancellationToken = default) => throw Unsupported("DisableKinesisStreamingDestination");

    /// <inheritdoc />
    public virtual Task<EnableKinesisStreamingDestinationResponse> EnableKinesisStreamingDestinationAsync(EnableKinesisStreamingDestinationRequest request, CancellationToken cancellationToken = default) => throw Unsupported("EnableKinesisStreamingDestination");

    /// <inheritdoc />
    public virtual Task<ExecuteStatementResponse> ExecuteStatementAsync(ExecuteStatementRequest request, CancellationToken cancellationToken = default) => throw Unsupported("ExecuteStatement");

    /// <inheritdoc />
    public virtual Task<ExecuteTransactionResponse> ExecuteTransactionAsync(ExecuteTransactionRequest request, CancellationToken cancellationToken = default) => throw Unsupported("ExecuteTransaction");

    /// <inheritdoc />
    public virtual Task<ExportTableToPointInTimeResponse> ExportTableToPointInTimeAsync(ExportTableToPointInTimeRequest request, CancellationToken cancellationToken = default) => throw Unsupported("ExportTableToPointInTime");

    /// <inheritdoc />
    public virtual Task<GetResourcePolicyResponse> GetResourcePolicyAsync(GetResourcePolicyRequest request, CancellationToken cancellationToken = default) => throw Unsupported("GetResourcePolicy");

    /// <inheritdoc />
    public virtual Task<ImportTableResponse> ImportTableAsync(ImportTableRequest request, CancellationToken cancellationToken = default) => throw Unsupported("ImportTable");

    /// <inheritdoc />
    public virtual Task<ListContributorInsightsResponse> ListContributorInsightsAsync(ListContributorInsightsRequest request, CancellationToken cancellationToken = default) => throw Unsupported("ListContributorInsights");

    /// <inheritdoc />
    public virtual Task<ListExportsResponse> ListExportsAsync(ListExportsRequest request, CancellationToken cancellationToken = default) => throw Unsupported("ListExports");

    /// <inheritdoc />
    public virtual Task<ListGlobalTablesResponse> ListGlobalTablesAsync(ListGlobalTablesRequest request, CancellationToken cancellationToken = default) => throw Unsupported("ListGlobalTables");

    /// <inheritdoc />
    public virtual Task<ListImportsResponse> ListImportsAsync(ListImportsRequest request, CancellationToken cancellationToken = default) => throw Unsupported("ListImports");

    /// <inheritdoc />
    public virtual Task<PutResourcePolicyResponse> PutResourcePolicyAsync(PutResourcePolicyRequest request, CancellationToken cancellationToken = default) => throw Unsupported("PutResourcePolicy");

    /// <inheritdoc />
    public virtual Task<SearchVectorsResponse> SearchVectorsAsync(SearchVectorsRequest request, CancellationToken cancellationToken = default) => throw Unsupported("SearchVectors");

    /// <inheritdoc />
    public virtual Task<UpdateContributorInsightsResponse> UpdateContributorInsightsAsync(UpdateContributorInsightsRequest request, CancellationToken cancellationToken = default) => throw Unsupported("UpdateContributorInsights");

    /// <inheritdoc />
    public virtual Task<UpdateGlobalTableResponse> UpdateGlobalTableAsync(UpdateGlobalTableRequest request, CancellationToken cancellationToken = default) => throw Unsupported("UpdateGlobalTable");

    /// <inheritdoc />
    public virtual Task<UpdateGlobalTableSettingsResponse> UpdateGlobalTableSettingsAsync(UpdateGlobalTableSettingsRequest request, CancellationToken cancellationToken = default) => throw Unsupported("UpdateGlobalTableSettings");

    /// <inheritdoc />
    public virtual Task<UpdateKinesisStreamingDestinationResponse> UpdateKinesisStreamingDestinationAsync(UpdateKinesisStreamingDestinationRequest request, CancellationToken cancellationToken = default) => throw Unsupported("UpdateKinesisStreamingDestination");

    /// <inheritdoc />
    public virtual Task<UpdateTableReplicaAutoScalingResponse> UpdateTableReplicaAutoScalingAsync(UpdateTableReplicaAutoScalingRequest request, CancellationToken cancellationToken = default) => throw Unsupported("UpdateTableReplicaAutoScaling");
}
