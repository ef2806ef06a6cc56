using FakeDynamo.Tests.Support;
using static FakeDynamo.Tests.Tables.TableRequests;

namespace FakeDynamo.Tests.Tables;

/// <summary>TagResource, UntagResource and ListTagsOfResource (data-plane §8.6).</summary>
public class TagResourceTests : FakeDynamoTestBase
{
    private const string MusicArn = Arn + "Music";

    [Test]
    public async Task TagResource_NewAndExistingKeys_AddsAndOverwrites()
    {
        await CreateTableWithTagsAsync(new Tag { Key = "env", Value = "dev" });

        await Client.TagResourceAsync(new TagResourceRequest { ResourceArn = MusicArn, Tags = [new Tag { Key = "env", Value = "prod" }, new Tag { Key = "team", Value = "" }] });

        var tags = (await Client.ListTagsOfResourceAsync(new ListTagsOfResourceRequest { ResourceArn = MusicArn })).Tags;
        tags.Select(t => (t.Key, t.Value)).ShouldBe([("env", "prod"), ("team", "")]);
    }

    [Test]
    public async Task UntagResource_Keys_RemovesThemAndIgnoresUnknown()
    {
        await CreateTableWithTagsAsync(new Tag { Key = "env", Value = "dev" }, new Tag { Key = "team", Value = "x" });

        await Client.UntagResourceAsync(new UntagResourceRequest { ResourceArn = MusicArn, TagKeys = ["env", "nope"] });

        (await Client.ListTagsOfResourceAsync(new ListTagsOfResourceRequest { ResourceArn = MusicArn })).Tags.ShouldHaveSingleItem().Key.ShouldBe("team");
    }

    [Test]
    public async Task ListTagsOfResource_NoTags_ReturnsEmptyList()
    {
        await CreateTableAsync();

        var response = await Client.ListTagsOfResourceAsync(new ListTagsOfResourceRequest { ResourceArn = MusicArn });

        response.Tags.ShouldBeEmpty();
        response.NextToken.ShouldBeNull();
    }

    [Test]
    public async Task TagResource_ExistingPlusNewOverFifty_ThrowsValidationAndAddsNone()
    {
        await CreateTableWithTagsAsync(Enumerable.Range(1, 49).Select(i => new Tag { Key = $"k{i}", Value = "v" }).ToArray());

        await ShouldFailValidationAsync(
            () => Client.TagResourceAsync(new TagResourceRequest { ResourceArn = MusicArn, Tags = [new Tag { Key = "a", Value = "1" }, new Tag { Key = "b", Value = "2" }] }),
            "Number of Tags exceed the current limit for the provided ResourceArn");

        (await Client.ListTagsOfResourceAsync(new ListTagsOfResourceRequest { ResourceArn = MusicArn })).Tags.Count.ShouldBe(49);
    }

    [Test]
    public async Task TagResource_InvalidTagAmongValid_AppliesNone()
    {
        await CreateTableAsync();

        await ShouldFailValidationAsync(
            () => Client.TagResourceAsync(new TagResourceRequest { ResourceArn = MusicArn, Tags = [new Tag { Key = "good", Value = "1" }, new Tag { Key = "bad!", Value = "2" }] }),
            "The Tag Key provided is invalid, Key: bad!");

        (await Client.ListTagsOfResourceAsync(new ListTagsOfResourceRequest { ResourceArn = MusicArn })).Tags.ShouldBeEmpty();
    }

    [TestCase(null, "Invalid TableArn")]
    [TestCase("Music", "One or more parameter values were invalid: ARNs must start with 'arn:': Music")]
    [TestCase("a:b:c:d:e:f/g", "One or more parameter values were invalid: ARNs must start with 'arn:': a:b:c:d:e:f/g")]
    [TestCase(Arn + "ab", "Invalid TableArn: Invalid ResourceArn provided as input " + Arn + "ab")]
    [TestCase("arn:aws:dynamodb:eu-west-1:123456789012:table/Music", "Invalid TableArn: Invalid ResourceArn provided as input arn:aws:dynamodb:eu-west-1:123456789012:table/Music")]
    [TestCase(Arn + "Music/index/byGk", "One or more parameter values were invalid: Invalid resource arn provided, only table or stream is accepted. Provided resource arn: " + Arn + "Music/index/byGk")]
    [TestCase(Arn + "Music/backup/01489173575360-b308cd7d", "One or more parameter values were invalid: Provided Arn is not a DynamoDB resource arn: " + Arn + "Music/backup/01489173575360-b308cd7d")]
    public async Task TagOperations_BadResourceArn_ThrowValidation(string? arn, string message)
    {
        await CreateTableAsync();

        await ShouldFailValidationAsync(() => Client.TagResourceAsync(new TagResourceRequest { ResourceArn = arn, Tags = [new Tag { Key = "k", Value = "v" }] }), message);
        await ShouldFailValidationAsync(() => Client.UntagResourceAsync(new UntagResourceRequest { ResourceArn = arn, TagKeys = ["k"] }), message);
        await ShouldFailValidationAsync(() => Client.ListTagsOfResourceAsync(new ListTagsOfResourceRequest { ResourceArn = arn }), message);
    }

    [Test]
    public async Task TagResource_NullOrEmptyTags_ThrowsValidation()
    {
        await CreateTableAsync();

        await ShouldFailValidationAsync(() => Client.TagResourceAsync(new TagResourceRequest { ResourceArn = MusicArn }),
            "1 validation error detected: Value null at 'tags' failed to satisfy constraint: Member must not be null");
        await ShouldFailValidationAsync(() => Client.TagResourceAsync(new TagResourceRequest { ResourceArn = MusicArn, Tags = [] }),
            "Atleast one Tag needs to be provided as Input.");
    }

    [Test]
    public async Task UntagResource_NullEmptyOrTooManyKeys_ThrowsValidation()
    {
        await CreateTableAsync();

        await ShouldFailValidationAsync(() => Client.UntagResourceAsync(new UntagResourceRequest { ResourceArn = MusicArn }),
            "1 validation error detected: Value null at 'tagKeys' failed to satisfy constraint: Member must not be null");
        await ShouldFailValidationAsync(() => Client.UntagResourceAsync(new UntagResourceRequest { ResourceArn = MusicArn, TagKeys = [] }),
            "Atleast one Tag Key needs to be provided as Input.");
        await ShouldFailValidationAsync(() => Client.UntagResourceAsync(new UntagResourceRequest { ResourceArn = MusicArn, TagKeys = Enumerable.Range(1, 51).Select(i => $"k{i}").ToList() }),
            "Number of Tags exceed the current limit for the provided ResourceArn");
        await ShouldFailValidationAsync(() => Client.UntagResourceAsync(new UntagResourceRequest { ResourceArn = MusicArn, TagKeys = [new string('k', 129)] }),
            "The Tag Key provided is invalid, Key: " + new string('k', 129));
    }

    [Test]
    public async Task TagOperations_MissingTable_ThrowResourceNotFound()
    {
        var arn = Arn + "Missing";

        await ShouldFailAsync<ResourceNotFoundException>(() => Client.TagResourceAsync(new TagResourceRequest { ResourceArn = arn, Tags = [new Tag { Key = "k", Value = "v" }] }),
            "ResourceNotFoundException", "Requested resource not found: ResourcArn: " + arn + " not found");
        await ShouldFailAsync<ResourceNotFoundException>(() => Client.ListTagsOfResourceAsync(new ListTagsOfResourceRequest { ResourceArn = arn }),
            "ResourceNotFoundException", "Requested resource not found: ResourcArn: " + arn + " not found");
        await ShouldFailAsync<ResourceNotFoundException>(() => Client.UntagResourceAsync(new UntagResourceRequest { ResourceArn = arn, TagKeys = ["k"] }),
            "ResourceNotFoundException", "Requested resource not found");
    }

    [Test]
    public async Task TagResource_RecreatedTable_StartsWithoutTags()
    {
        await CreateTableWithTagsAsync(new Tag { Key = "env", Value = "dev" });
        await Client.DeleteTableAsync("Music");
        await CreateTableAsync();

        (await Client.ListTagsOfResourceAsync(new ListTagsOfResourceRequest { ResourceArn = MusicArn })).Tags.ShouldBeEmpty();
    }

    private async Task CreateTableWithTagsAsync(params Tag[] tags)
    {
        var request = Provisioned();
        request.Tags = [.. tags];
        await Client.CreateTableAsync(request);
    }
}
