using Microsoft.Extensions.DependencyInjection.Extensions;
using Orders;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the orders application. It expects an <c>IAmazonDynamoDB</c> registration (real or fake).</summary>
public static class OrdersServiceCollectionExtensions
{
    /// <summary>Registers the orders services, their options and, unless one is there, the system clock.</summary>
    /// <param name="services">The container's registrations.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    public static IServiceCollection AddOrders(this IServiceCollection services, Action<OrdersOptions>? configure = null)
    {
        var options = new OrdersOptions();
        configure?.Invoke(options);
        services.AddSingleton(options);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<RetryPolicy>();
        services.AddSingleton<OrderService>();
        services.AddSingleton<NightlyBackupJob>();
        services.AddSingleton<IncidentRestorer>();
        return services;
    }
}
