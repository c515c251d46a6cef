namespace Dukaan.Web.Sellers;

public static class SellerExtensions
{
    public static IServiceCollection AddSellerPages(this IServiceCollection services)
    {
        return services;
    }
}
