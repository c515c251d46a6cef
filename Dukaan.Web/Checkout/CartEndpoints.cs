using Dukaan.Web.Hosting;
using Dukaan.Web.Photos;
using Dukaan.Web.Storefront;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Dukaan.Web.Checkout;

/// <summary>
/// The cart page and its price check. The cart itself lives in the customer's browser (cart.js), so the shop and
/// product pages stay shared cache entries; this page is a shell the script fills from <see cref="QuoteAsync"/>.
/// </summary>
internal static class CartEndpoints
{
    public static async Task<RazorComponentResult> CartPageAsync(
        string slug,
        CartQuotes quotes,
        PhotoUrls photos,
        IOptions<DukaanOptions> options,
        HttpContext http,
        CancellationToken cancellationToken)
    {
        var shop = await quotes.FindShopAsync(slug, cancellationToken);
        if (shop is null)
        {
            return CheckoutResults.ShopNotFound(options.Value, http, photos);
        }

        http.Response.Headers.CacheControl = "no-cache";
        return new RazorComponentResult<CartPage>(new { Shop = shop });
    }

    /// <summary>
    /// The cart at current prices as JSON, amounts already written in rupees:
    /// <c>GET /{slug}/cart/quote?items={id}:{quantity},...</c>.
    /// </summary>
    public static async Task<IResult> QuoteAsync(
        string slug, string? items, CartQuotes quotes, HttpContext http, CancellationToken cancellationToken)
    {
        var quote = await quotes.QuoteAsync(slug, CartItems.Parse([items]), cancellationToken);
        if (quote is null)
        {
            return Results.NotFound();
        }

        http.Response.Headers.CacheControl = "no-store";
        return Results.Json(new
        {
            lines = quote.Lines.Select(l => new
            {
                id = l.ProductId.ToString("N"),
                name = l.Name,
                quantity = l.Quantity,
                unitPrice = l.UnitPrice.ToString(),
                lineTotal = l.LineTotal.ToString(),
                problem = l.Problem,
            }),
            missing = quote.Missing.Select(id => id.ToString("N")),
            subtotal = quote.Subtotal.ToString(),
            delivery = quote.DeliveryCharge.Paise == 0 ? "Free" : quote.DeliveryCharge.ToString(),
            total = quote.Total.ToString(),
            checkoutUrl = CheckoutLinks.Checkout(slug, quote.Lines.Select(l => new Ordering.CartLine(
                l.ProductId, l.Quantity))),
        });
    }
}
