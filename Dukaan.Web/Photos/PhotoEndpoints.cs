using System.Text.RegularExpressions;
using Dukaan.Domain.Photos;
using Microsoft.Net.Http.Headers;

namespace Dukaan.Web.Photos;

/// <summary>
/// Serves <c>/media/{hash}-sq.webp</c> and <c>/media/{hash}-full.webp</c>. The name is the content, so a response
/// never changes: cached for a year, immutable, by browsers and any CDN in front.
/// </summary>
internal static partial class PhotoEndpoints
{
    private const string ImmutableForAYear = "public, max-age=31536000, immutable";

    public static async Task<IResult> GetAsync(string file, PhotoStore store, HttpContext context,
        CancellationToken cancellationToken)
    {
        // Check the name before it goes anywhere near the database.
        var match = FileName().Match(file);
        if (!match.Success)
        {
            return Results.NotFound();
        }

        var hash = match.Groups["hash"].Value;
        var size = match.Groups["size"].Value == "sq" ? PhotoSize.Square : PhotoSize.Full;
        var bytes = await store.FindAsync(hash, size, cancellationToken);
        if (bytes is null)
        {
            return Results.NotFound();
        }

        context.Response.Headers.CacheControl = ImmutableForAYear;
        context.Response.Headers.XContentTypeOptions = "nosniff";
        return Results.Bytes(bytes, "image/webp", entityTag: new EntityTagHeaderValue($"\"{hash}\""));
    }

    [GeneratedRegex("^(?<hash>[0-9a-f]{40})-(?<size>sq|full)\\.webp$", RegexOptions.CultureInvariant)]
    private static partial Regex FileName();
}
