using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace FakeDynamo;

/// <summary>ContinuousBackups operations.</summary>
public partial class FakeDynamoDBClient
{
    /// <inheritdoc />
    public virtual Task<DescribeContinuousBackupsResponse> DescribeContinuousBackupsAsync(DescribeContinuousBackupsRequest request, CancellationToken cancellationToken = default) =>
        Invoke<DescribeContinuousBackupsRequest, DescribeContinuousBackupsResponse>(request, cancellationToken, _ => throw Unsupported("DescribeContinuousBackups"));

    /// <inheritdoc />
    public virtual Task<RestoreTableToPointInTimeResponse> RestoreTableToPointInTimeAsync(RestoreTableToPointInTimeRequest request, CancellationToken cancellationToken = default) =>
        Invoke<RestoreTableToPointInTimeRequest, RestoreTableToPointInTimeResponse>(request, cancellationToken, _ => throw Unsupported("RestoreTableToPointInTime"));

    /// <inheritdoc />
    public virtual Task<UpdateContinuousBackupsResponse> UpdateContinuousBackupsAsync(UpdateContinuousBackupsRequest request, CancellationToken cancellationToken = default) =>
        Invoke<UpdateContinuousBackupsRequest, UpdateContinuousBackupsResponse>(request, cancellationToken, _ => throw Unsupported("UpdateContinuousBackups"));
}
