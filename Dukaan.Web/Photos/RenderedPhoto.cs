namespace Dukaan.Web.Photos;

/// <summary>An upload turned into upright, metadata-free WebP variants; or the reason it could not be.</summary>
internal sealed record RenderedPhoto(PhotoRendition? Square, PhotoRendition? Full, string? Error)
{
    public static RenderedPhoto Refused(string message) => new(null, null, message);
}
