using Dukaan.Domain.Photos;
using Microsoft.Extensions.Options;

namespace Dukaan.Web.Photos;

/// <summary>
/// Where a stored photo variant is served. Content-addressed, so a URL never changes meaning and can be cached
/// for a year; with <see cref="PhotoOptions.PublicBaseUrl"/> set, a CDN serves them.
/// </summary>
public sealed class PhotoUrls(IOptions<PhotoOptions> options)
{
    private readonly string _base = options.Value.PublicBaseUrl.TrimEnd('/');

    public string For(string hash, PhotoSize size) =>
        $"{_base}/media/{hash}-{(size == PhotoSize.Square ? "sq" : "full")}.webp";
}
