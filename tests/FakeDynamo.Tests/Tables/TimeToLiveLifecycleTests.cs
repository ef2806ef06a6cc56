using FakeDynamo.Tests.Support;

namespace FakeDynamo.Tests.Tables;

/// <summary>TTL with a table update delay: ENABLING/DISABLING windows and state gates.</summary>
public class TimeToLiveLifecycleTests : FakeDynamoTestBase
{
    protected override void Configure(FakeDynamoDBOptions options)
    {
        options.TableCreateDelay = TimeSpan.FromSeconds(10);
        options.TableUpdateDelay = TimeSpan.FromSeconds(20);
        options.TableDeleteDelay = TimeSpan.FromSeconds(30);
    }

    [Test]
    public async Task TimeToLive_WhileCreating_DescribeAndUpdateRefused()
    {
        await CreateTableAsync();

        await ShouldFailValidationAsync(() => Client.DescribeTimeToLiveAsync("Music"),
            "Cannot describe time to live while table is in CREATING state: Current table state is CREATING");
        await ShouldFailAsync<ResourceInUseException>(
            () => Client.UpdateTimeToLiveAsync(new UpdateTimeToLiveRequest { TableName = "Music", TimeToLiveSpecification = new TimeToLiveSpecification { Enabled = true, AttributeName = "exp" } }),
            "ResourceInUseException", "Attempt to change a resource which is still in use: Table is being created: Music");
    }

    [Test]
    public async Task TimeToLive_WhileDeleting_DescribeRefused()
    {
        await CreateTableAsync();
        Clock.Advance(TimeSpan.FromSeconds(10));
        await Client.DeleteTableAsync("Music");

        await ShouldFailValidationAsync(() => Client.DescribeTimeToLiveAsync("Music"),
            "Cannot describe time to live while table is in DELETING state: Current table state is DELETING");
        await ShouldFailAsync<ResourceInUseException>(
            () => Client.UpdateTimeToLiveAsync(new UpdateTimeToLiveRequest { TableName = "Music", TimeToLiveSpecification = new TimeToLiveSpecification { Enabled = true, AttributeName = "exp" } }),
            "ResourceInUseException", "Attempt to change a resource which is still in use: Table is being deleted: Music");
    }

    [Test]
    public async Task TimeToLive_Enable_IsEnablingForUpdateDelay()
    {
        await CreateTableAsync();
        Clock.Advance(TimeSpan.FromSeconds(10));

        await Client.UpdateTimeToLiveAsync(new UpdateTimeToLiveRequest { TableName = "Music", TimeToLiveSpecification = new TimeToLiveSpecification { Enabled = true, AttributeName = "exp" } });

        (await Client.DescribeTimeToLiveAsync("Music")).TimeToLiveDescription.TimeToLiveStatus.ShouldBe(TimeToLiveStatus.ENABLING);
        Clock.Advance(TimeSpan.FromSeconds(20));
        (await Client.DescribeTimeToLiveAsync("Music")).TimeToLiveDescription.TimeToLiveStatus.ShouldBe(TimeToLiveStatus.ENABLED);
        Clock.Advance(TimeSpan.FromHours(1));
        await Client.UpdateTimeToLiveAsync(new UpdateTimeToLiveRequest { TableName = "Music", TimeToLiveSpecification = new TimeToLiveSpecification { Enabled = false, AttributeName = "exp" } });
        var disabling = (await Client.DescribeTimeToLiveAsync("Music")).TimeToLiveDescription;
        disabling.TimeToLiveStatus.ShouldBe(TimeToLiveStatus.DISABLING);
        disabling.AttributeName.ShouldBe("exp");
    }
}
