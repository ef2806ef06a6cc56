using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace FakeDynamo;

/// <summary>TableSettings operations.</summary>
public partial class FakeDynamoDBClient
{
    /// <inheritdoc />
    public virtual Task<DescribeTimeToLiveResponse> DescribeTimeToLiveAsync(DescribeTimeToLiveRequest request, CancellationToken cancellationToken = default) =>
        Invoke<DescribeTimeToLiveRequest, DescribeTimeToLiveResponse>(request, cancellationToken, _ => throw Unsupported("DescribeTimeToLive"));

    /// <inheritdoc />
    public virtual Task<DescribeTimeToLiveResponse> DescribeTimeToLiveAsync(string tableName, CancellationToken cancellationToken = default) =>
        DescribeTimeToLiveAsync(new DescribeTimeToLiveRequest { TableName = tableName }, cancellationToken);

    /// <inheritdoc />
    public virtual Task<ListTagsOfResourceResponse> ListTagsOfResourceAsync(ListTagsOfResourceRequest request, CancellationToken cancellationToken = default) =>
        Invoke<ListTagsOfResourceRequest, ListTagsOfResourceResponse>(request, cancellationToken, _ => throw Unsupported("ListTagsOfResource"));

    /// <inheritdoc />
    public virtual Task<TagResourceResponse> TagResourceAsync(TagResourceRequest request, CancellationToken cancellationToken = default) =>
        Invoke<TagResourceRequest, TagResourceResponse>(request, cancellationToken, _ => throw Unsupported("TagResource"));

    /// <inheritdoc />
    public virtual Task<UntagResourceResponse> UntagResourceAsync(UntagResourceRequest request, CancellationToken cancellationToken = default) =>
        Invoke<UntagResourceRequest, UntagResourceResponse>(request, cancellationToken, _ => throw Unsupported("UntagResource"));

    /// <inheritdoc />
    public virtual Task<UpdateTimeToLiveResponse> UpdateTimeToLiveAsync(UpdateTimeToLiveRequest request, CancellationToken cancellationToken = default) =>
        Invoke<UpdateTimeToLiveRequest, UpdateTimeToLiveResponse>(request, cancellationToken, _ => throw Unsupported("UpdateTimeToLive"));
}
