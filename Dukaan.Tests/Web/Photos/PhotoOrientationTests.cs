using Dukaan.Domain.Photos;
using Dukaan.Tests.Support;
using Dukaan.Web.Photos;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using SkiaSharp;

namespace Dukaan.Tests.Web.Photos;

/// <summary>
/// Every EXIF orientation, on a picture with four coloured quarters: stored turned or mirrored as a camera
/// would, tagged, uploaded, and expected back upright with each colour in its corner.
/// </summary>
public sealed class PhotoOrientationTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private static readonly SKColor[] Corners = [SKColors.Red, SKColors.Lime, SKColors.Blue, SKColors.White];

    private readonly PhotoPipeline _pipeline = new(
        new PhotoStore(database.Writes, database.Reads, NullLogger<PhotoStore>.Instance),
        TimeProvider.System,
        NullLogger<PhotoPipeline>.Instance);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    [InlineData(8)]
    public async Task StoreAsync_EveryExifOrientation_ComesOutUpright(int orientation)
    {
        using var stored = StoredAs(orientation, width: 200, height: 100);
        var upload = PhotoSamples.JpegWithOrientation(stored, orientation);

        var result = await _pipeline.StoreAsync(new MemoryStream(upload), CancellationToken.None);

        Assert.True(result.Succeeded, result.Error);
        await using var db = await database.Reads.CreateDbContextAsync();
        var full = await db.PhotoVariants.SingleAsync(v => v.Hash == result.Hash && v.Size == PhotoSize.Full);
        var square = await db.PhotoVariants.SingleAsync(v => v.Hash == result.Hash && v.Size == PhotoSize.Square);
        Assert.Equal((200, 100), (full.Width, full.Height));
        Assert.Equal((100, 100), (square.Width, square.Height));
        AssertCorners(full.Bytes);
        AssertCorners(square.Bytes);
    }

    private static void AssertCorners(byte[] webp)
    {
        using var image = UprightReference.Decode(webp);
        var (w, h) = (image.Width, image.Height);
        SKPointI[] points =
            [new(w / 4, h / 4), new(3 * w / 4, h / 4), new(w / 4, 3 * h / 4), new(3 * w / 4, 3 * h / 4)];
        for (var i = 0; i < Corners.Length; i++)
        {
            var actual = image.GetPixel(points[i].X, points[i].Y);
            var expected = Corners[i];
            var distance = Math.Abs(actual.Red - expected.Red) + Math.Abs(actual.Green - expected.Green)
                + Math.Abs(actual.Blue - expected.Blue);
            Assert.True(distance < 60, $"corner {i}: expected {expected}, got {actual}");
        }
    }

    /// <summary>The pixels a camera would store for an upright picture, per the EXIF definition of each tag.</summary>
    private static SKBitmap StoredAs(int orientation, int width, int height)
    {
        var swaps = orientation >= 5;
        var (ws, hs) = swaps ? (height, width) : (width, height);
        var stored = new SKBitmap(ws, hs);
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var (sx, sy) = orientation switch
                {
                    2 => (ws - 1 - x, y),
                    3 => (ws - 1 - x, hs - 1 - y),
                    4 => (x, hs - 1 - y),
                    5 => (y, x),
                    6 => (y, hs - 1 - x),
                    7 => (ws - 1 - y, hs - 1 - x),
                    8 => (ws - 1 - y, x),
                    _ => (x, y),
                };
                stored.SetPixel(sx, sy, Corners[((y * 2 / height) * 2) + (x * 2 / width)]);
            }
        }

        return stored;
    }
}
