using Dukaan.Web.Hosting;
using Dukaan.Web.Ordering;
using Dukaan.Web.Storefront;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Dukaan.Web.Checkout;

/// <summary>
/// The customer's order page at its unguessable link, and the QR code of its UPI payment. Per customer, so never
/// shared by a cache; no cookie is needed, the token in the link is the key.
/// </summary>
internal static class OrderEndpoints
{
    public static async Task<RazorComponentResult> OrderPageAsync(
        string token,
        CustomerOrders orders,
        IOptions<DukaanOptions> options,
        HttpContext http,
        CancellationToken cancellationToken)
    {
        CheckoutResults.MarkPrivate(http.Response);
        var view = await orders.FindAsync(token, cancellationToken);
        if (view is null)
        {
            return new RazorComponentResult<OrderNotFoundPage>
            {
                StatusCode = StatusCodes.Status404NotFound,
            };
        }

        var orderUrl = StorefrontEndpoints.BaseUrl(options.Value, http.Request) + CheckoutLinks.Order(token);
        return new RazorComponentResult<OrderPage>(new { View = view, OrderUrl = orderUrl });
    }

    public static async Task<IResult> UpiQrAsync(
        string token, CustomerOrders orders, HttpContext http, CancellationToken cancellationToken)
    {
        CheckoutResults.MarkPrivate(http.Response);
        var view = await orders.FindAsync(token, cancellationToken);
        if (view?.UpiPayLinkOrNull is not { } payLink)
        {
            return Results.NotFound();
        }

        return Results.File(UpiQrCode.Png(payLink), "image/png");
    }
}
