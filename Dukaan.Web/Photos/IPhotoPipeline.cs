namespace Dukaan.Web.Photos;

/// <summary>
/// Checks an uploaded photo, orients it, strips its metadata and stores its variants, all or nothing.
/// </summary>
public interface IPhotoPipeline
{
    /// <param name="upload">The raw bytes from the phone (up to <see cref="PhotoLimits.MaxUploadBytes"/>).</param>
    Task<PhotoResult> StoreAsync(Stream upload, CancellationToken cancellationToken);
}
