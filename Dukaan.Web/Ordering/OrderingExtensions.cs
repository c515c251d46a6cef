using Dukaan.Web.Storefront;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Dukaan.Web.Ordering;

public static class OrderingExtensions
{
    /// <summary>
    /// Order placement (<see cref="OrderPlacement"/>), the customer's order page (<see cref="CustomerOrders"/>), the
    /// seller's desk (<see cref="OrderDesk"/>) and new-order signals (<see cref="IOrderNotifications"/>, fed from
    /// PostgreSQL LISTEN). Stock changes are reported through the storefront's <see cref="ICatalogChanges"/>.
    /// </summary>
    public static IServiceCollection AddOrdering(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<OrderPlacement>();
        services.AddScoped<CustomerOrders>();
        services.AddScoped<OrderDesk>();
        services.AddSingleton<IOrderNotifications, OrderNotifications>();
        services.AddHostedService<OrderPlacedListener>();
        return services;
    }
}
