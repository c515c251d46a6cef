using Dukaan.Web.Hosting;
using Dukaan.Web.Photos;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Dukaan.Web.Storefront;

/// <summary>
/// Shop and product pages as minimal API routes rendering components that write their own HTML document: no
/// render mode, no Blazor script, no antiforgery cookie, so the responses can be shared cache entries.
/// </summary>
internal static class StorefrontEndpoints
{
    public const string SlugParameter = "slug";
    public const string CachePolicy = "storefront";

    public static async Task<RazorComponentResult> ShopAsync(
        string slug,
        string? sort,
        string? after,
        StorefrontReader reader,
        PhotoUrls photos,
        IOptions<DukaanOptions> options,
        HttpContext http,
        CancellationToken cancellationToken)
    {
        var links = new StoreLinks(BaseUrl(options.Value, http.Request), photos);
        var order = StorefrontSortNames.Parse(sort);
        var cursor = StorefrontCursor.Parse(after);
        var page = await reader.ReadShopPageAsync(slug, order, cursor, cancellationToken);
        if (page is null)
        {
            return NotFound(links);
        }

        return new RazorComponentResult<ShopPage>(new { Page = page, Links = links, Cursor = cursor });
    }

    public static async Task<RazorComponentResult> ProductAsync(
        string slug,
        string productId,
        StorefrontReader reader,
        PhotoUrls photos,
        IOptions<DukaanOptions> options,
        HttpContext http,
        CancellationToken cancellationToken)
    {
        var links = new StoreLinks(BaseUrl(options.Value, http.Request), photos);
        if (!Guid.TryParse(productId, out var id))
        {
            return NotFound(links);
        }

        var product = await reader.ReadProductAsync(slug, id, cancellationToken);
        if (product is null)
        {
            return NotFound(links);
        }

        return new RazorComponentResult<ProductPage>(new { Product = product, Links = links });
    }

    private static RazorComponentResult<StoreNotFoundPage> NotFound(StoreLinks links) =>
        new(new { Links = links }) { StatusCode = StatusCodes.Status404NotFound };

    // Behind a proxy the forwarded-headers middleware has already put the public scheme and host on the request.
    internal static string BaseUrl(DukaanOptions options, HttpRequest request) =>
        string.IsNullOrWhiteSpace(options.PublicBaseUrl)
            ? $"{request.Scheme}://{request.Host}{request.PathBase}"
            : options.PublicBaseUrl;
}
