using System.Text;

namespace Dukaan.Web.Photos;

/// <summary>Recognises a photo by its magic bytes; the file name and content type are never trusted.</summary>
internal static class PhotoSniffer
{
    private static readonly string[] HeifBrands = ["heic", "heix", "heim", "heis", "hevc", "hevx", "mif1", "msf1"];

    public static PhotoFormat Sniff(ReadOnlySpan<byte> head)
    {
        if (head is [0xFF, 0xD8, 0xFF, ..])
        {
            return PhotoFormat.Jpeg;
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return PhotoFormat.Png;
        }

        if (head.Length >= 12 && head[..4].SequenceEqual("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8))
        {
            return PhotoFormat.Webp;
        }

        return IsHeif(head) ? PhotoFormat.Heic : PhotoFormat.Unknown;
    }

    // ISO-BMFF: a box size, then "ftyp", the major brand and compatible brands.
    private static bool IsHeif(ReadOnlySpan<byte> head)
    {
        if (head.Length < 16 || !head[4..8].SequenceEqual("ftyp"u8))
        {
            return false;
        }

        var boxSize = (int)Math.Min((uint)(head[0] << 24 | head[1] << 16 | head[2] << 8 | head[3]), (uint)head.Length);
        var brands = Encoding.ASCII.GetString(head[8..Math.Max(boxSize, 12)]);
        return HeifBrands.Any(brand => brands.Contains(brand, StringComparison.Ordinal));
    }
}
