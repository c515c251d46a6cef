namespace Dukaan.Web.Photos;

/// <summary>
/// Walks a JPEG's markers and entropy-coded data. The decoder only warns about damage inside the compressed
/// data and fills in the rest, so a file with a block overwritten would otherwise be stored as a half-grey
/// picture. This catches damage that breaks the structure (stray markers, restart markers out of order,
/// segments running past the end); a flipped bit inside the data still decodes, as it does everywhere else.
/// </summary>
internal static class JpegStructure
{
    private const byte End = 0xD9;
    private const byte StartOfScan = 0xDA;

    public static bool LooksIntact(ReadOnlySpan<byte> jpeg)
    {
        var at = 2;
        while (at + 4 <= jpeg.Length)
        {
            if (jpeg[at] != 0xFF)
            {
                return false;
            }

            var marker = jpeg[at + 1];
            if (marker == 0xFF)
            {
                at++;
                continue;
            }

            if (marker == End)
            {
                return true;
            }

            if (!IsSegment(marker))
            {
                return false;
            }

            var length = (jpeg[at + 2] << 8) | jpeg[at + 3];
            if (length < 2 || at + 2 + length > jpeg.Length)
            {
                return false;
            }

            at += 2 + length;
            if (marker == StartOfScan && !TrySkipScan(jpeg, ref at))
            {
                return false;
            }
        }

        // No end marker: the decoder reports a cut-off file itself; what was read so far was sound.
        return true;
    }

    private static bool TrySkipScan(ReadOnlySpan<byte> jpeg, ref int at)
    {
        var nextRestart = 0xD0;
        while (true)
        {
            var found = jpeg[at..].IndexOf((byte)0xFF);
            if (found < 0 || at + found + 1 >= jpeg.Length)
            {
                at = jpeg.Length;
                return true;
            }

            at += found;
            var next = jpeg[at + 1];
            if (next == 0x00)
            {
                at += 2;
            }
            else if (next is >= 0xD0 and <= 0xD7)
            {
                // Restart markers count 0 to 7 and round again; a skip means data went missing.
                if (next != nextRestart)
                {
                    return false;
                }

                nextRestart = next == 0xD7 ? 0xD0 : next + 1;
                at += 2;
            }
            else
            {
                return true;
            }
        }
    }

    private static bool IsSegment(byte marker) =>
        marker is (>= 0xC0 and <= 0xCF) or (>= 0xDA and <= 0xDF) or (>= 0xE0 and <= 0xEF) or 0xFE;
}
