using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using FakeDynamo.Errors;
using FakeDynamo.Validation;

namespace FakeDynamo;

/// <summary>TableSettings operations: Time to Live and tags (spec data-plane §8.5, §8.6).</summary>
public partial class FakeDynamoDBClient
{
    /// <inheritdoc />
    public virtual Task<DescribeTimeToLiveResponse> DescribeTimeToLiveAsync(DescribeTimeToLiveRequest request, CancellationToken cancellationToken = default) =>
        Invoke<DescribeTimeToLiveRequest, DescribeTimeToLiveResponse>(request, cancellationToken, DescribeTimeToLive);

    /// <inheritdoc />
    public virtual Task<DescribeTimeToLiveResponse> DescribeTimeToLiveAsync(string tableName, CancellationToken cancellationToken = default) =>
        DescribeTimeToLiveAsync(new DescribeTimeToLiveRequest { TableName = tableName }, cancellationToken);

    /// <inheritdoc />
    public virtual Task<ListTagsOfResourceResponse> ListTagsOfResourceAsync(ListTagsOfResourceRequest request, CancellationToken cancellationToken = default) =>
        Invoke<ListTagsOfResourceRequest, ListTagsOfResourceResponse>(request, cancellationToken, ListTagsOfResource);

    /// <inheritdoc />
    public virtual Task<TagResourceResponse> TagResourceAsync(TagResourceRequest request, CancellationToken cancellationToken = default) =>
        Invoke<TagResourceRequest, TagResourceResponse>(request, cancellationToken, TagResource);

    /// <inheritdoc />
    public virtual Task<UntagResourceResponse> UntagResourceAsync(UntagResourceRequest request, CancellationToken cancellationToken = default) =>
        Invoke<UntagResourceRequest, UntagResourceResponse>(request, cancellationToken, UntagResource);

    /// <inheritdoc />
    public virtual Task<UpdateTimeToLiveResponse> UpdateTimeToLiveAsync(UpdateTimeToLiveRequest request, CancellationToken cancellationToken = default) =>
        Invoke<UpdateTimeToLiveRequest, UpdateTimeToLiveResponse>(request, cancellationToken, UpdateTimeToLive);

    private UpdateTimeToLiveResponse UpdateTimeToLive(UpdateTimeToLiveRequest request)
    {
        TimeToLiveValidation.Update(request);
        var specification = request.TimeToLiveSpecification;
        _account.UpdateTimeToLive(request.TableName, specification.Enabled!.Value, specification.AttributeName);
        return new UpdateTimeToLiveResponse
        {
            TimeToLiveSpecification = new TimeToLiveSpecification { Enabled = specification.Enabled, AttributeName = specification.AttributeName },
        };
    }

    private DescribeTimeToLiveResponse DescribeTimeToLive(DescribeTimeToLiveRequest request)
    {
        TableRequestValidation.ControlPlaneTableName(request.TableName);
        var state = _account.DescribeTimeToLive(request.TableName);
        return new DescribeTimeToLiveResponse
        {
            TimeToLiveDescription = new TimeToLiveDescription
            {
                TimeToLiveStatus = new TimeToLiveStatus(state.Status),
                AttributeName = state.AttributeName,
            },
        };
    }

    private TagResourceResponse TagResource(TagResourceRequest request)
    {
        var name = TagValidation.TableNameOf(request.ResourceArn, _account);
        if (request.Tags is null)
        {
            var report = new ValidationReport();
            report.NotNull(request.Tags, "tags");
            report.ThrowIfAny();
        }

        if (request.Tags!.Count == 0)
        {
            throw DynamoErrors.NoTagsGiven();
        }

        TagValidation.Tags(request.Tags, existing: 0);
        _account.TagResource(name, request.ResourceArn, request.Tags.Select(t => KeyValuePair.Create(t.Key, t.Value)).ToList());
        return new TagResourceResponse();
    }

    private UntagResourceResponse UntagResource(UntagResourceRequest request)
    {
        var name = TagValidation.TableNameOf(request.ResourceArn, _account);
        if (request.TagKeys is null)
        {
            var report = new ValidationReport();
            report.NotNull(request.TagKeys, "tagKeys");
            report.ThrowIfAny();
        }

        if (request.TagKeys!.Count == 0)
        {
            throw DynamoErrors.NoTagKeysGiven();
        }

        TagValidation.Keys(request.TagKeys);
        _account.UntagResource(name, [.. request.TagKeys]);
        return new UntagResourceResponse();
    }

    private ListTagsOfResourceResponse ListTagsOfResource(ListTagsOfResourceRequest request)
    {
        var name = TagValidation.TableNameOf(request.ResourceArn, _account);

        // At most 50 tags: everything fits in one page, so no NextToken is ever returned.
        var tags = _account.ListTags(name, request.ResourceArn);
        return new ListTagsOfResourceResponse { Tags = tags.Select(t => new Tag { Key = t.Key, Value = t.Value }).ToList() };
    }
}
