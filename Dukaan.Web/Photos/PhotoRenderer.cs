using SkiaSharp;

namespace Dukaan.Web.Photos;

/// <summary>
/// Decodes a sniffed JPEG, PNG or WebP (checking its size from the header first), turns it upright and encodes
/// a square crop and a scaled-down full view as WebP. Encoding from raw pixels leaves every piece of metadata
/// (EXIF, GPS, XMP) behind.
/// </summary>
internal static class PhotoRenderer
{
    public const int SquareSide = 480;
    public const int FullLongEdge = 1600;
    public const long MaxPixels = 40_000_000;
    public const int WebpQuality = 80;

    private static readonly SKSamplingOptions Sampling = new(SKFilterMode.Linear, SKMipmapMode.Linear);

    public static RenderedPhoto Render(byte[] bytes, int length, PhotoFormat format)
    {
        if (format == PhotoFormat.Jpeg && !JpegStructure.LooksIntact(bytes.AsSpan(0, length)))
        {
            return RenderedPhoto.Refused(PhotoMessages.Damaged);
        }

        using var data = SKData.CreateCopy(bytes.AsSpan(0, length));
        using var codec = SKCodec.Create(data);
        if (codec is null)
        {
            return RenderedPhoto.Refused(PhotoMessages.Damaged);
        }

        if (codec.EncodedFormat != ToSkia(format))
        {
            return RenderedPhoto.Refused(PhotoMessages.NotAPhoto);
        }

        // Refuse decompression bombs from the header alone, before a single pixel is allocated.
        var stored = new SKSizeI(codec.Info.Width, codec.Info.Height);
        if (stored.Width <= 0 || stored.Height <= 0 || (long)stored.Width * stored.Height > MaxPixels)
        {
            return RenderedPhoto.Refused(PhotoMessages.TooManyPixels);
        }

        using var decoded = Decode(codec, stored);
        if (decoded is null)
        {
            return RenderedPhoto.Refused(PhotoMessages.Damaged);
        }

        using var image = SKImage.FromBitmap(decoded);
        var origin = codec.EncodedOrigin;
        return new RenderedPhoto(RenderSquare(image, origin), RenderFull(image, origin, stored), null);
    }

    private static SKBitmap? Decode(SKCodec codec, SKSizeI stored)
    {
        // JPEG can decode straight to a fraction of its size; ask for no less than the variants need.
        var upright = PhotoOrientation.UprightSize(codec.EncodedOrigin, stored);
        var squareScale = Math.Min(1f, SquareSide / (float)Math.Min(upright.Width, upright.Height));
        var needed = Math.Max(FullScale(upright), squareScale);
        var size = needed < 1f ? codec.GetScaledDimensions(needed) : stored;
        if (size.Width < (stored.Width * needed) - 1 || size.Height < (stored.Height * needed) - 1)
        {
            size = stored;
        }

        var alpha = codec.Info.AlphaType == SKAlphaType.Opaque ? SKAlphaType.Opaque : SKAlphaType.Premul;
        return TryDecode(codec, size, alpha) ?? (size == stored ? null : TryDecode(codec, stored, alpha));
    }

    private static SKBitmap? TryDecode(SKCodec codec, SKSizeI size, SKAlphaType alpha)
    {
        var info = new SKImageInfo(size.Width, size.Height, SKColorType.Rgba8888, alpha, SKColorSpace.CreateSrgb());
        var bitmap = new SKBitmap(info);
        if (codec.GetPixels(info, bitmap.GetPixels()) == SKCodecResult.Success)
        {
            return bitmap;
        }

        bitmap.Dispose();
        return null;
    }

    private static PhotoRendition RenderSquare(SKImage image, SKEncodedOrigin origin)
    {
        var upright = PhotoOrientation.UprightSize(origin, new SKSizeI(image.Width, image.Height));
        var side = Math.Min(upright.Width, upright.Height);
        var target = Math.Min(SquareSide, side);
        var scale = target / (float)side;

        // Centre crop: shift the upright picture so its middle square lands on the canvas.
        return Draw(image, origin, target, target, canvas =>
        {
            canvas.Scale(scale);
            canvas.Translate(-(upright.Width - side) / 2f, -(upright.Height - side) / 2f);
        });
    }

    private static PhotoRendition RenderFull(SKImage image, SKEncodedOrigin origin, SKSizeI stored)
    {
        var upright = PhotoOrientation.UprightSize(origin, stored);
        var scale = FullScale(upright);
        var width = Math.Max(1, (int)Math.Round(upright.Width * scale));
        var height = Math.Max(1, (int)Math.Round(upright.Height * scale));
        var decoded = PhotoOrientation.UprightSize(origin, new SKSizeI(image.Width, image.Height));

        return Draw(image, origin, width, height,
            canvas => canvas.Scale(width / (float)decoded.Width, height / (float)decoded.Height));
    }

    private static PhotoRendition Draw(SKImage image, SKEncodedOrigin origin, int width, int height,
        Action<SKCanvas> place)
    {
        var info = new SKImageInfo(width, height, SKColorType.Rgba8888, image.AlphaType, SKColorSpace.CreateSrgb());
        using var bitmap = new SKBitmap(info);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.Transparent);
            place(canvas);
            var upright = PhotoOrientation.ToUpright(origin, image.Width, image.Height);
            canvas.Concat(in upright);
            canvas.DrawImage(image, 0, 0, Sampling);
        }

        using var pixels = bitmap.PeekPixels();
        using var encoded = pixels.Encode(new SKWebpEncoderOptions(SKWebpEncoderCompression.Lossy, WebpQuality))
            ?? throw new InvalidOperationException("The WebP encoder produced nothing.");
        return new PhotoRendition(encoded.ToArray(), width, height);
    }

    private static float FullScale(SKSizeI upright) =>
        Math.Min(1f, FullLongEdge / (float)Math.Max(upright.Width, upright.Height));

    private static SKEncodedImageFormat ToSkia(PhotoFormat format) => format switch
    {
        PhotoFormat.Jpeg => SKEncodedImageFormat.Jpeg,
        PhotoFormat.Png => SKEncodedImageFormat.Png,
        PhotoFormat.Webp => SKEncodedImageFormat.Webp,
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Not a format we accept."),
    };
}
