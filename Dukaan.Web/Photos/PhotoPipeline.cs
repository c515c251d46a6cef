using System.Diagnostics;
using System.Security.Cryptography;
using Dukaan.Domain.Photos;

namespace Dukaan.Web.Photos;

/// <summary>
/// Checks the bytes (size, magic bytes, a real decode), renders upright WebP variants without metadata and stores
/// them under the hash of the full variant. Refusals come back as a message for the seller; nothing is stored then.
/// </summary>
internal sealed class PhotoPipeline(PhotoStore store, TimeProvider time, ILogger<PhotoPipeline> logger)
    : IPhotoPipeline, IDisposable
{
    private const string WebpContentType = "image/webp";
    private const int HashLength = 40;

    // A 40-megapixel decode holds 160 MB of pixels: bound how many run at once on a small server.
    private readonly SemaphoreSlim _renders = new(Math.Max(1, Environment.ProcessorCount / 2));

    public async Task<PhotoResult> StoreAsync(Stream upload, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        MemoryStream? bytes;
        try
        {
            bytes = await PhotoUpload.ReadAsync(upload, PhotoLimits.MaxUploadBytes, cancellationToken);
        }
        catch (IOException ex)
        {
            PhotoLog.PhotoUploadInterrupted(logger, ex);
            return PhotoResult.Refused(PhotoMessages.Interrupted);
        }

        if (bytes is null)
        {
            return Refuse(PhotoMessages.TooLarge, PhotoLimits.MaxUploadBytes + 1, PhotoFormat.Unknown);
        }

        await using (bytes)
        {
            return await StoreAsync(bytes.GetBuffer(), (int)bytes.Length, started, cancellationToken);
        }
    }

    public void Dispose() => _renders.Dispose();

    private async Task<PhotoResult> StoreAsync(byte[] buffer, int length, long started, CancellationToken token)
    {
        if (length == 0)
        {
            return Refuse(PhotoMessages.Empty, 0, PhotoFormat.Unknown);
        }

        var format = PhotoSniffer.Sniff(buffer.AsSpan(0, Math.Min(length, 64)));
        if (format is PhotoFormat.Unknown or PhotoFormat.Heic)
        {
            return Refuse(format == PhotoFormat.Heic ? PhotoMessages.Heic : PhotoMessages.NotAPhoto, length, format);
        }

        var rendered = await RenderAsync(buffer, length, format, token);
        if (rendered.Error is not null || rendered.Square is null || rendered.Full is null)
        {
            return Refuse(rendered.Error ?? PhotoMessages.Damaged, length, format);
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(rendered.Full.Bytes))[..HashLength];
        try
        {
            var now = time.GetUtcNow();
            var stored = await store.SaveAsync([Variant(hash, PhotoSize.Square, rendered.Square, now),
                Variant(hash, PhotoSize.Full, rendered.Full, now)], token);
            LogStored(hash, stored, length, rendered, started);
            return PhotoResult.Stored(hash);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            PhotoLog.PhotoFailed(logger, ex);
            return PhotoResult.Refused(PhotoMessages.NotSaved);
        }
    }

    private async Task<RenderedPhoto> RenderAsync(byte[] buffer, int length, PhotoFormat format,
        CancellationToken token)
    {
        // Decoding is CPU work: keep it off the caller's thread (a Blazor circuit) and bounded in number.
        await _renders.WaitAsync(token);
        try
        {
            return await Task.Run(() => PhotoRenderer.Render(buffer, length, format), token);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            PhotoLog.PhotoFailed(logger, ex);
            return RenderedPhoto.Refused(PhotoMessages.Damaged);
        }
        finally
        {
            _renders.Release();
        }
    }

    private void LogStored(string hash, bool stored, int length, RenderedPhoto rendered, long started)
    {
        if (!stored)
        {
            PhotoLog.PhotoAlreadyStored(logger, hash);
            return;
        }

        var full = rendered.Full!;
        PhotoLog.PhotoStored(logger, hash, length, full.Width, full.Height, full.Bytes.Length,
            rendered.Square!.Bytes.Length, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    private PhotoResult Refuse(string message, long length, PhotoFormat format)
    {
        PhotoLog.PhotoRefused(logger, message, length, format.ToString());
        return PhotoResult.Refused(message);
    }

    private static PhotoVariant Variant(string hash, PhotoSize size, PhotoRendition rendition, DateTimeOffset now) =>
        new(hash, size, WebpContentType, rendition.Bytes, rendition.Width, rendition.Height, now);
}
