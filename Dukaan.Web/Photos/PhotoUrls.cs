using Dukaan.Domain.Photos;

namespace Dukaan.Web.Photos;

/// <summary>Where a stored photo variant is served; content-addressed, so the URL never changes meaning.</summary>
public static class PhotoUrls
{
    public static string For(string hash, PhotoSize size) =>
        $"/media/{hash}-{(size == PhotoSize.Square ? "sq" : "full")}.webp";
}
