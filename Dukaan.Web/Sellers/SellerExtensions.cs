using Dukaan.Web.Sellers.Orders;
using Dukaan.Web.Sellers.Settings;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Dukaan.Web.Sellers;

public static class SellerExtensions
{
    public static IServiceCollection AddSellerPages(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<ProductDesk>();
        services.AddScoped<ShopSettingsDesk>();
        services.AddScoped<SellerOrderEvents>();
        return services;
    }
}
