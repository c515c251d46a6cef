namespace Dukaan.Web.Photos;

public static class PhotoLimits
{
    /// <summary>Phones produce 2-12 MB photos; 15 MB leaves room.</summary>
    public const long MaxUploadBytes = 15 * 1024 * 1024;
}
