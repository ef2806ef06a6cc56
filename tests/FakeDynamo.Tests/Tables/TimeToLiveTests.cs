using FakeDynamo.Tests.Support;
using static FakeDynamo.Tests.Tables.TableRequests;

namespace FakeDynamo.Tests.Tables;

/// <summary>UpdateTimeToLive / DescribeTimeToLive (data-plane §8.5), zero delays.</summary>
public class TimeToLiveTests : FakeDynamoTestBase
{
    [Test]
    public async Task DescribeTimeToLive_NewTable_IsDisabledWithoutAttribute()
    {
        await CreateTableAsync();

        var description = (await Client.DescribeTimeToLiveAsync("Music")).TimeToLiveDescription;

        description.TimeToLiveStatus.ShouldBe(TimeToLiveStatus.DISABLED);
        description.AttributeName.ShouldBeNull();
    }

    [Test]
    public async Task UpdateTimeToLive_Enable_EchoesSpecificationAndIsEnabled()
    {
        await CreateTableAsync();

        var response = await UpdateAsync(true, "expires");

        response.TimeToLiveSpecification.Enabled.ShouldBe(true);
        response.TimeToLiveSpecification.AttributeName.ShouldBe("expires");
        var description = (await Client.DescribeTimeToLiveAsync(Arn + "Music")).TimeToLiveDescription;
        description.TimeToLiveStatus.ShouldBe(TimeToLiveStatus.ENABLED);
        description.AttributeName.ShouldBe("expires");
    }

    [Test]
    public async Task UpdateTimeToLive_SecondChangeWithinHour_ThrowsValidationUntilHourPassed()
    {
        await CreateTableAsync();
        await UpdateAsync(true, "expires");
        Clock.Advance(TimeSpan.FromMinutes(59));

        await ShouldFailValidationAsync(() => UpdateAsync(false, "expires"), "Time to live has been modified multiple times within a fixed interval");
        (await Client.DescribeTimeToLiveAsync("Music")).TimeToLiveDescription.TimeToLiveStatus.ShouldBe(TimeToLiveStatus.ENABLED);

        Clock.Advance(TimeSpan.FromMinutes(1));
        await UpdateAsync(false, "expires");
        (await Client.DescribeTimeToLiveAsync("Music")).TimeToLiveDescription.TimeToLiveStatus.ShouldBe(TimeToLiveStatus.DISABLED);
    }

    [Test]
    public async Task UpdateTimeToLive_AlreadyEnabled_ThrowsValidation()
    {
        await CreateTableAsync();
        await UpdateAsync(true, "expires");

        await ShouldFailValidationAsync(() => UpdateAsync(true, "expires"), "TimeToLive is already enabled");
        await ShouldFailValidationAsync(() => UpdateAsync(true, "other"), "TimeToLive is active on a different AttributeName: current AttributeName is expires");
        await ShouldFailValidationAsync(() => UpdateAsync(false, "other"), "TimeToLive is active on a different AttributeName: current AttributeName is expires");
    }

    [Test]
    public async Task UpdateTimeToLive_DisableWhenDisabled_ThrowsValidation()
    {
        await CreateTableAsync();

        await ShouldFailValidationAsync(() => UpdateAsync(false, "expires"), "TimeToLive is already disabled");
    }

    [Test]
    public async Task UpdateTimeToLive_MissingTable_ThrowsResourceNotFound()
    {
        await ShouldFailAsync<ResourceNotFoundException>(() => UpdateAsync(true, "expires"),
            "ResourceNotFoundException", "Requested resource not found: Table: Music not found");
        await ShouldFailAsync<ResourceNotFoundException>(() => Client.DescribeTimeToLiveAsync("Music"),
            "ResourceNotFoundException", "Requested resource not found: Table: Music not found");
    }

    [Test]
    public async Task UpdateTimeToLive_BadShape_ThrowsValidation()
    {
        await CreateTableAsync();

        await ShouldFailValidationAsync(() => Client.UpdateTimeToLiveAsync(new UpdateTimeToLiveRequest { TableName = "Music" }),
            "1 validation error detected: Value null at 'timeToLiveSpecification' failed to satisfy constraint: Member must not be null");
        await ShouldFailValidationAsync(() => Client.UpdateTimeToLiveAsync(new UpdateTimeToLiveRequest { TableName = "Music", TimeToLiveSpecification = new TimeToLiveSpecification { AttributeName = "" } }),
            "2 validation errors detected: Value '' at 'timeToLiveSpecification.attributeName' failed to satisfy constraint: Member must have length greater than or equal to 1; Value null at 'timeToLiveSpecification.enabled' failed to satisfy constraint: Member must not be null");
        await ShouldFailValidationAsync(() => Client.UpdateTimeToLiveAsync(new UpdateTimeToLiveRequest { TableName = "ab", TimeToLiveSpecification = new TimeToLiveSpecification { AttributeName = "x", Enabled = true } }),
            "TableName must be at least 3 characters long and at most 255 characters long");
    }

    private Task<UpdateTimeToLiveResponse> UpdateAsync(bool enabled, string attribute) =>
        Client.UpdateTimeToLiveAsync(new UpdateTimeToLiveRequest
        {
            TableName = "Music",
            TimeToLiveSpecification = new TimeToLiveSpecification { Enabled = enabled, AttributeName = attribute },
        });
}
