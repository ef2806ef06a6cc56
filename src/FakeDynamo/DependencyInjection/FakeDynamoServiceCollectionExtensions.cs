using Amazon.DynamoDBv2;
using FakeDynamo;
using Microsoft.Extensions.DependencyInjection.Extensions;

// In Microsoft's namespace on purpose, as Microsoft's guidance for IServiceCollection extensions says and as the
// AWS SDK's own AddAWSService does: the method shows up wherever services are registered, with no extra using.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers a <see cref="FakeDynamoDBClient"/> as the application's <see cref="IAmazonDynamoDB"/>.</summary>
public static class FakeDynamoServiceCollectionExtensions
{
    /// <summary>
    /// Registers one <see cref="FakeDynamoDBClient"/> (a singleton, disposed with the container) as
    /// <see cref="IAmazonDynamoDB"/> and as <see cref="FakeDynamoDBClient"/> (so a test can reach
    /// <see cref="FakeDynamoDBClient.Faults"/>). Every earlier non-keyed <see cref="IAmazonDynamoDB"/> registration —
    /// for example the real client added by <c>AddAWSService&lt;IAmazonDynamoDB&gt;()</c> — is removed, so the
    /// application's code gets the fake whatever the order of its own registrations before this call.
    /// </summary>
    /// <param name="services">The container's registrations.</param>
    /// <param name="configure">Sets the options (clock, delays, quotas, seed); run once, now.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    /// <exception cref="ArgumentException">The configured options are invalid; the message lists every problem.</exception>
    public static IServiceCollection AddFakeDynamoDB(this IServiceCollection services, Action<FakeDynamoDBOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = new FakeDynamoDBOptions();
        configure?.Invoke(options);

        // Validate now so that a bad option fails at registration, not at the first resolve deep inside a test.
        var validated = options.ValidatedCopy();
        return Register(services, _ => new FakeDynamoDBClient(validated));
    }

    /// <summary>
    /// Like <see cref="AddFakeDynamoDB(IServiceCollection, Action{FakeDynamoDBOptions})"/>, but the options are set
    /// when the client is first resolved, with the container at hand — for example to use the
    /// <see cref="TimeProvider"/> the application registered: <c>(sp, o) =&gt; o.TimeProvider = sp.GetRequiredService&lt;TimeProvider&gt;()</c>.
    /// </summary>
    /// <param name="services">The container's registrations.</param>
    /// <param name="configure">Sets the options from the container; run once, at the first resolve.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="configure"/> is null.</exception>
    public static IServiceCollection AddFakeDynamoDB(this IServiceCollection services, Action<IServiceProvider, FakeDynamoDBOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        return Register(services, provider =>
        {
            var options = new FakeDynamoDBOptions();
            configure(provider, options);
            return new FakeDynamoDBClient(options);
        });
    }

    private static IServiceCollection Register(IServiceCollection services, Func<IServiceProvider, FakeDynamoDBClient> create)
    {
        services.RemoveAll<IAmazonDynamoDB>();
        services.RemoveAll<FakeDynamoDBClient>();
        services.AddSingleton(create);

        // One instance behind both service types: what the application writes, the test reads and injects faults into.
        services.AddSingleton<IAmazonDynamoDB>(provider => provider.GetRequiredService<FakeDynamoDBClient>());
        return services;
    }
}
