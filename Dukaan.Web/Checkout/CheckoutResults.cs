using Dukaan.Web.Hosting;
using Dukaan.Web.Photos;
using Dukaan.Web.Storefront;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dukaan.Web.Checkout;

/// <summary>Responses the customer pages share.</summary>
internal static class CheckoutResults
{
    public static RazorComponentResult ShopNotFound(DukaanOptions options, HttpContext http, PhotoUrls photos) =>
        new RazorComponentResult<StoreNotFoundPage>(new
        {
            Links = new StoreLinks(StorefrontEndpoints.BaseUrl(options, http.Request), photos),
        })
        {
            StatusCode = StatusCodes.Status404NotFound,
        };

    /// <summary>Per customer: never stored by a shared cache, never kept by the browser, never indexed.</summary>
    public static void MarkPrivate(HttpResponse response)
    {
        response.Headers.CacheControl = "private, no-store";
        response.Headers["Referrer-Policy"] = "no-referrer";
        response.Headers["X-Robots-Tag"] = "noindex";
    }
}
