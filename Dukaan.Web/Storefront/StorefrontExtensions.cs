using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;

namespace Dukaan.Web.Storefront;

public static class StorefrontExtensions
{
    public static IServiceCollection AddStorefront(this IServiceCollection services)
    {
        services.AddOptions<StorefrontOptions>().BindConfiguration(StorefrontOptions.SectionName);
        services.AddSingleton<StorefrontReader>();
        services.AddSingleton<ICatalogChanges, OutputCacheCatalogChanges>();
        services.Configure<RouteOptions>(options =>
            options.SetParameterPolicy<ShopSlugRouteConstraint>(ShopSlugRouteConstraint.Name));

        // Shared entries: one per shop, sort and page; other query strings (utm_source=...) share them.
        services.AddOptions<OutputCacheOptions>()
            .Configure<IOptions<StorefrontOptions>>((cache, store) => cache.AddPolicy(
                StorefrontEndpoints.CachePolicy,
                policy => policy
                    .Expire(TimeSpan.FromSeconds(store.Value.CacheSeconds))
                    .SetVaryByQuery("sort", "after")
                    .AddPolicy<StorefrontTagPolicy>()));
        return services;
    }

    public static WebApplication MapStorefront(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<StorefrontOptions>>().Value;
        var slug = "{" + StorefrontEndpoints.SlugParameter + ":" + ShopSlugRouteConstraint.Name + "}";

        var shop = app.MapGet("/" + slug, StorefrontEndpoints.ShopAsync);
        var product = app.MapGet("/" + slug + "/p/{productId}", StorefrontEndpoints.ProductAsync);
        if (options.OutputCache)
        {
            shop.CacheOutput(StorefrontEndpoints.CachePolicy);
            product.CacheOutput(StorefrontEndpoints.CachePolicy);
        }

        return app;
    }
}
