using Dukaan.Web.Storefront;

namespace Dukaan.Web.Checkout;

public static class CheckoutExtensions
{
    /// <summary>The customer's cart, checkout and order pages. Needs the storefront and ordering services.</summary>
    public static IServiceCollection AddCheckout(this IServiceCollection services)
    {
        services.AddSingleton<CartQuotes>();
        return services;
    }

    /// <summary>
    /// Maps the customer pages as minimal API routes rendering their own documents (no Blazor circuit); none of
    /// them is output-cached.
    /// </summary>
    public static WebApplication MapCheckout(this WebApplication app)
    {
        var shop = "/{" + StorefrontEndpoints.SlugParameter + ":" + ShopSlugRouteConstraint.Name + "}";

        app.MapGet(shop + "/cart", CartEndpoints.CartPageAsync);
        app.MapGet(shop + "/cart/quote", CartEndpoints.QuoteAsync);
        app.MapGet(shop + "/checkout", CheckoutEndpoints.ShowAsync);

        // Checked by hand in the handler, so an expired token gets the form back rather than a bare 400.
        app.MapPost(shop + "/checkout", CheckoutEndpoints.PlaceAsync).DisableAntiforgery();

        app.MapGet("/o/{token}", OrderEndpoints.OrderPageAsync);
        app.MapGet("/o/{token}/upi-qr.png", OrderEndpoints.UpiQrAsync);
        return app;
    }
}
