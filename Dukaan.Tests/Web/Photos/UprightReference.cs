using SkiaSharp;

namespace Dukaan.Tests.Web.Photos;

/// <summary>
/// Mean brightness over a grid of cells, taken from raw stored pixels as they would look after a given EXIF
/// orientation. Written pixel by pixel from the EXIF definitions, independently of the code under test.
/// </summary>
internal static class UprightReference
{
    private const int Grid = 6;

    public static double[] Cells(SKBitmap stored, int exifOrientation)
    {
        var (ws, hs) = (stored.Width, stored.Height);
        var swaps = exifOrientation is 6 or 8;
        var (w, h) = swaps ? (hs, ws) : (ws, hs);
        var pixels = stored.GetPixelSpan();
        var sums = new double[Grid * Grid];
        var counts = new int[Grid * Grid];

        for (var y = 0; y < h; y += 2)
        {
            for (var x = 0; x < w; x += 2)
            {
                var (sx, sy) = exifOrientation switch
                {
                    3 => (ws - 1 - x, hs - 1 - y),
                    6 => (y, hs - 1 - x),
                    8 => (ws - 1 - y, x),
                    _ => (x, y),
                };
                var at = ((sy * ws) + sx) * 4;
                var cell = (y * Grid / h * Grid) + (x * Grid / w);
                sums[cell] += (pixels[at] + pixels[at + 1] + pixels[at + 2]) / 3.0;
                counts[cell]++;
            }
        }

        return sums.Select((sum, i) => sum / counts[i]).ToArray();
    }

    public static double Distance(double[] a, double[] b) => a.Zip(b, (x, y) => Math.Abs(x - y)).Average();

    public static SKBitmap Decode(byte[] bytes)
    {
        var info = new SKImageInfo(1, 1, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var data = SKData.CreateCopy(bytes);
        using var codec = SKCodec.Create(data) ?? throw new InvalidOperationException("undecodable");
        var bitmap = new SKBitmap(info.WithSize(codec.Info.Width, codec.Info.Height));
        Assert.Equal(SKCodecResult.Success, codec.GetPixels(bitmap.Info, bitmap.GetPixels()));
        return bitmap;
    }
}
