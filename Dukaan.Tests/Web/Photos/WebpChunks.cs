using System.Buffers.Binary;
using System.Text;

namespace Dukaan.Tests.Web.Photos;

/// <summary>Lists the chunks of a WebP file (RIFF container), to see what metadata it carries.</summary>
internal static class WebpChunks
{
    public static IReadOnlyList<string> Read(byte[] webp)
    {
        Assert.True(webp.Length >= 12, "too short for WebP");
        Assert.Equal("RIFF", Encoding.ASCII.GetString(webp, 0, 4));
        Assert.Equal("WEBP", Encoding.ASCII.GetString(webp, 8, 4));

        var chunks = new List<string>();
        for (var at = 12; at + 8 <= webp.Length;)
        {
            chunks.Add(Encoding.ASCII.GetString(webp, at, 4));
            var size = (int)BinaryPrimitives.ReadUInt32LittleEndian(webp.AsSpan(at + 4, 4));
            at += 8 + size + (size % 2);
        }

        return chunks;
    }
}
