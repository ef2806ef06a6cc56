using Amazon;
using Amazon.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace FakeDynamo.Tests.DependencyInjection;

public class AddFakeDynamoDBTests
{
    [Test]
    public void AddFakeDynamoDB_BareContainer_ResolvesOneSingletonFakeAsBothServiceTypes()
    {
        using var provider = new ServiceCollection().AddFakeDynamoDB().BuildServiceProvider();

        var dynamo = provider.GetRequiredService<IAmazonDynamoDB>();
        dynamo.ShouldBeOfType<FakeDynamoDBClient>();
        provider.GetRequiredService<IAmazonDynamoDB>().ShouldBeSameAs(dynamo);
        provider.GetRequiredService<FakeDynamoDBClient>().ShouldBeSameAs(dynamo);
    }

    [Test]
    public void AddFakeDynamoDB_RealClientRegisteredFirst_ReplacesIt()
    {
        // AWSSDK.Extensions.NETCore.Setup (AddAWSService) is not available on this machine's feed, so the real client
        // is registered by hand, the way AddAWSService registers it: a singleton factory for IAmazonDynamoDB.
        var services = new ServiceCollection();
        services.AddSingleton<IAmazonDynamoDB>(_ => new AmazonDynamoDBClient(new BasicAWSCredentials("key", "secret"), RegionEndpoint.EUWest1));
        services.AddSingleton<OrderReader>();

        services.AddFakeDynamoDB();
        using var provider = services.BuildServiceProvider();

        provider.GetServices<IAmazonDynamoDB>().ShouldHaveSingleItem().ShouldBeOfType<FakeDynamoDBClient>();
        provider.GetRequiredService<OrderReader>().Dynamo.ShouldBeSameAs(provider.GetRequiredService<FakeDynamoDBClient>());
    }

    [Test]
    public void AddFakeDynamoDB_KeyedRealClient_IsLeftAlone()
    {
        var services = new ServiceCollection();
        services.AddKeyedSingleton<IAmazonDynamoDB>("audit", (_, _) => new AmazonDynamoDBClient(new BasicAWSCredentials("key", "secret"), RegionEndpoint.EUWest1));

        services.AddFakeDynamoDB();

        services.Count(d => d.ServiceType == typeof(IAmazonDynamoDB) && d.IsKeyedService).ShouldBe(1);
        services.Count(d => d.ServiceType == typeof(IAmazonDynamoDB) && !d.IsKeyedService).ShouldBe(1);
    }

    [Test]
    public void AddFakeDynamoDB_CalledTwice_LastOptionsWinWithOneRegistration()
    {
        var services = new ServiceCollection()
            .AddFakeDynamoDB(o => o.Region = "eu-west-1")
            .AddFakeDynamoDB(o => o.Region = "ap-south-1");

        services.Count(d => d.ServiceType == typeof(IAmazonDynamoDB)).ShouldBe(1);
        services.Count(d => d.ServiceType == typeof(FakeDynamoDBClient)).ShouldBe(1);
        using var provider = services.BuildServiceProvider();
        provider.GetRequiredService<IAmazonDynamoDB>().Config.RegionEndpoint.SystemName.ShouldBe("ap-south-1");
    }

    [Test]
    public async Task AddFakeDynamoDB_OptionsInTheSameCall_AreUsed()
    {
        var clock = new ManualTimeProvider();
        using var provider = new ServiceCollection()
            .AddFakeDynamoDB(o =>
            {
                o.TimeProvider = clock;
                o.TableCreateDelay = TimeSpan.FromSeconds(30);
            })
            .BuildServiceProvider();
        var dynamo = provider.GetRequiredService<IAmazonDynamoDB>();

        var created = await dynamo.CreateTableAsync(OrdersTable());
        created.TableDescription.CreationDateTime.ShouldBe(clock.GetUtcNow().UtcDateTime);
        (await dynamo.DescribeTableAsync("Orders")).Table.TableStatus.ShouldBe(TableStatus.CREATING);
        clock.Advance(TimeSpan.FromSeconds(30));
        (await dynamo.DescribeTableAsync("Orders")).Table.TableStatus.ShouldBe(TableStatus.ACTIVE);
    }

    [Test]
    public void AddFakeDynamoDB_InvalidOptions_FailsAtRegistrationListingEveryProblem()
    {
        var services = new ServiceCollection();

        var exception = Should.Throw<ArgumentException>(() => services.AddFakeDynamoDB(o =>
        {
            o.AccountId = "42";
            o.RestoreDelay = TimeSpan.FromSeconds(-1);
        }));

        exception.Message.ShouldContain("AccountId must be 12 digits (was '42').");
        exception.Message.ShouldContain("RestoreDelay must not be negative");
        services.ShouldBeEmpty();
    }

    [Test]
    public async Task AddFakeDynamoDB_ConfigureWithProvider_UsesTheContainersTimeProvider()
    {
        var clock = new ManualTimeProvider(new DateTimeOffset(2027, 5, 1, 8, 0, 0, TimeSpan.Zero));
        using var provider = new ServiceCollection()
            .AddSingleton<TimeProvider>(clock)
            .AddFakeDynamoDB((sp, o) => o.TimeProvider = sp.GetRequiredService<TimeProvider>())
            .BuildServiceProvider();

        var created = await provider.GetRequiredService<IAmazonDynamoDB>().CreateTableAsync(OrdersTable());

        created.TableDescription.CreationDateTime.ShouldBe(new DateTime(2027, 5, 1, 8, 0, 0, DateTimeKind.Utc));
    }

    [Test]
    public void AddFakeDynamoDB_ConfigureWithProviderInvalidOptions_FailsAtFirstResolve()
    {
        using var provider = new ServiceCollection()
            .AddFakeDynamoDB((_, o) => o.Region = "Mars 1")
            .BuildServiceProvider();

        Should.Throw<ArgumentException>(() => provider.GetRequiredService<IAmazonDynamoDB>())
            .Message.ShouldContain("Region must be a region name such as 'us-east-1' (was 'Mars 1').");
    }

    [Test]
    public async Task AddFakeDynamoDB_ContainerDisposed_DisposesTheFake()
    {
        var provider = new ServiceCollection().AddFakeDynamoDB().BuildServiceProvider();
        var dynamo = provider.GetRequiredService<IAmazonDynamoDB>();

        await provider.DisposeAsync();

        await Should.ThrowAsync<ObjectDisposedException>(() => dynamo.ListTablesAsync(new ListTablesRequest()));
    }

    [Test]
    public void AddFakeDynamoDB_NullArguments_Throw()
    {
        Should.Throw<ArgumentNullException>(() => ((IServiceCollection)null!).AddFakeDynamoDB());
        Should.Throw<ArgumentNullException>(() => new ServiceCollection().AddFakeDynamoDB((Action<IServiceProvider, FakeDynamoDBOptions>)null!));
    }

    private static CreateTableRequest OrdersTable() => new()
    {
        TableName = "Orders",
        BillingMode = BillingMode.PAY_PER_REQUEST,
        KeySchema = [new KeySchemaElement("pk", KeyType.HASH)],
        AttributeDefinitions = [new AttributeDefinition("pk", ScalarAttributeType.S)],
    };

    private sealed class OrderReader(IAmazonDynamoDB dynamo)
    {
        public IAmazonDynamoDB Dynamo { get; } = dynamo;
    }
}
