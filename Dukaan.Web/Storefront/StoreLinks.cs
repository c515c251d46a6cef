using Dukaan.Domain.Photos;
using Dukaan.Web.Photos;

namespace Dukaan.Web.Storefront;

/// <summary>
/// Links of one storefront response: relative ones for navigation, absolute ones for the canonical link and
/// Open Graph tags (crawlers and WhatsApp need absolute URLs).
/// </summary>
public sealed class StoreLinks(string baseUrl, PhotoUrls photos)
{
    public const string CssPath = "/assets/store.css";

    /// <summary>Scheme and host without a trailing slash, for example <c>https://dukaan.example</c>.</summary>
    public string BaseUrl { get; } = baseUrl.TrimEnd('/');

    public static string Shop(string slug, StorefrontSort sort = StorefrontSort.Newest, StorefrontCursor? after = null)
    {
        var query = new List<string>(2);
        if (sort != StorefrontSort.Newest)
        {
            query.Add("sort=" + StorefrontSortNames.Format(sort));
        }

        if (after is { } cursor)
        {
            query.Add("after=" + cursor);
        }

        return "/" + slug + (query.Count == 0 ? "" : "?" + string.Join('&', query));
    }

    public static string Product(string slug, Guid productId) => $"/{slug}/p/{productId:N}";

    public string Photo(string hash, PhotoSize size) => photos.For(hash, size);

    /// <summary>Makes a path absolute; URLs that already are (a CDN for photos) stay as they are.</summary>
    public string Absolute(string pathOrUrl) =>
        pathOrUrl.StartsWith('/') ? BaseUrl + pathOrUrl : pathOrUrl;
}
