namespace Dukaan.Web.Photos;

/// <summary>Photo settings, bound from <c>Dukaan:Photos</c>.</summary>
public sealed class PhotoOptions
{
    public const string SectionName = "Dukaan:Photos";

    /// <summary>Base URL in front of <c>/media/...</c>, for a CDN; empty serves photos from the app itself.</summary>
    public string PublicBaseUrl { get; set; } = "";
}
