namespace Dukaan.Web.Photos;

/// <summary>Reads an upload into memory, never more than <see cref="PhotoLimits.MaxUploadBytes"/>.</summary>
internal static class PhotoUpload
{
    /// <returns>The bytes, or null when the stream holds more than the limit.</returns>
    public static async Task<MemoryStream?> ReadAsync(Stream upload, long limit, CancellationToken cancellationToken)
    {
        var capacity = upload.CanSeek ? (int)Math.Min(upload.Length - upload.Position + 1, limit + 1) : 1 << 20;
        var copy = new MemoryStream(Math.Max(capacity, 1));
        var chunk = new byte[81920];
        int read;
        while ((read = await upload.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (copy.Length + read > limit)
            {
                await copy.DisposeAsync();
                return null;
            }

            copy.Write(chunk, 0, read);
        }

        return copy;
    }
}
