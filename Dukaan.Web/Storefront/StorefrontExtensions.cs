namespace Dukaan.Web.Storefront;

public static class StorefrontExtensions
{
    public static IServiceCollection AddStorefront(this IServiceCollection services)
    {
        return services;
    }

    public static WebApplication MapStorefront(this WebApplication app)
    {
        return app;
    }
}
