using Amazon.DynamoDBv2.Model;

namespace FakeDynamo;

/// <summary>Account-level operations: DescribeLimits, DescribeEndpoints.</summary>
public partial class FakeDynamoDBClient
{
    // Default per-account and per-table provisioned-capacity quotas of the service (developer guide, Service quotas).
    private const long AccountMaxCapacityUnits = 80_000;
    private const long TableMaxCapacityUnits = 40_000;

    /// <inheritdoc />
    public virtual Task<DescribeLimitsResponse> DescribeLimitsAsync(DescribeLimitsRequest request, CancellationToken cancellationToken = default) =>
        Invoke<DescribeLimitsRequest, DescribeLimitsResponse>(request, cancellationToken, _ => new DescribeLimitsResponse
        {
            AccountMaxReadCapacityUnits = AccountMaxCapacityUnits,
            AccountMaxWriteCapacityUnits = AccountMaxCapacityUnits,
            TableMaxReadCapacityUnits = TableMaxCapacityUnits,
            TableMaxWriteCapacityUnits = TableMaxCapacityUnits,
        });

    /// <inheritdoc />
    public virtual Task<DescribeEndpointsResponse> DescribeEndpointsAsync(DescribeEndpointsRequest request, CancellationToken cancellationToken = default) =>
        Invoke<DescribeEndpointsRequest, DescribeEndpointsResponse>(request, cancellationToken, _ => new DescribeEndpointsResponse
        {
            // The service answers with its regional endpoint and a one-day cache period.
            Endpoints = [new Endpoint { Address = $"dynamodb.{_account.Region}.amazonaws.com", CachePeriodInMinutes = 1440 }],
        });
}
