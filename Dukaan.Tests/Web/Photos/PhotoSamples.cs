using System.Buffers.Binary;
using System.Text;
using SkiaSharp;

namespace Dukaan.Tests.Web.Photos;

/// <summary>Uploads that are not what they claim to be, and small generated pictures.</summary>
internal static class PhotoSamples
{
    public static byte[] SvgWithScript() => Encoding.UTF8.GetBytes(
        """<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100"><script>alert(1)</script></svg>""");

    public static byte[] HtmlNamedJpg() => Encoding.UTF8.GetBytes(
        "<!DOCTYPE html><html><body><img src=x onerror=alert(1)></body></html>");

    /// <summary>The start of an iPhone photo: an ISO-BMFF <c>ftyp</c> box with the <c>heic</c> brand.</summary>
    public static byte[] FakeHeic()
    {
        var bytes = new byte[4096];
        BinaryPrimitives.WriteUInt32BigEndian(bytes, 24);
        Encoding.ASCII.GetBytes("ftypheic\0\0\0\0mif1heic").CopyTo(bytes, 4);
        return bytes;
    }

    public static byte[] Png(int width, int height, SKColor color)
    {
        using var bitmap = new SKBitmap(width, height);
        bitmap.Erase(color);
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    /// <summary>A real, tiny PNG whose header claims <paramref name="width"/> x <paramref name="height"/>.</summary>
    public static byte[] PngClaiming(int width, int height)
    {
        var png = Png(8, 8, SKColors.Red);

        // IHDR data starts after the signature (8), the chunk length (4) and its type (4).
        BinaryPrimitives.WriteInt32BigEndian(png.AsSpan(16), width);
        BinaryPrimitives.WriteInt32BigEndian(png.AsSpan(20), height);
        BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(29), Crc32(png.AsSpan(12, 17)));
        return png;
    }

    /// <summary>A JPEG of <paramref name="stored"/> tagged with EXIF orientation 1-8 in an APP1 segment.</summary>
    public static byte[] JpegWithOrientation(SKBitmap stored, int orientation)
    {
        using var data = stored.Encode(SKEncodedImageFormat.Jpeg, 100);
        var jpeg = data.ToArray();

        // "Exif\0\0", a little-endian TIFF header, one IFD holding the Orientation tag (0x0112, SHORT, 1).
        byte[] exif = [.. "Exif\0\0"u8, .. "II"u8, 0x2A, 0, 8, 0, 0, 0, 1, 0, 0x12, 0x01, 3, 0, 1, 0, 0, 0,
            (byte)orientation, 0, 0, 0, 0, 0, 0, 0];
        var length = exif.Length + 2;
        return [0xFF, 0xD8, 0xFF, 0xE1, (byte)(length >> 8), (byte)length, .. exif, .. jpeg[2..]];
    }

    private static uint Crc32(ReadOnlySpan<byte> bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }
}
