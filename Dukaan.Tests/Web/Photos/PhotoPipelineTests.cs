using Dukaan.Data;
using Dukaan.Domain.Photos;
using Dukaan.Tests.Support;
using Dukaan.Web.Photos;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace Dukaan.Tests.Web.Photos;

public sealed class PhotoPipelineTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private readonly PhotoPipeline _pipeline = new(
        new PhotoStore(database.Writes, database.Reads, NullLogger<PhotoStore>.Instance),
        TimeProvider.System,
        NullLogger<PhotoPipeline>.Instance);

    [Theory]
    [InlineData("orientation-Landscape_3.jpg", 3)]
    [InlineData("orientation-Landscape_6.jpg", 6)]
    [InlineData("orientation-Portrait_8.jpg", 8)]
    public async Task StoreAsync_ExifOrientation_StoresUprightPicture(string name, int orientation)
    {
        var original = await File.ReadAllBytesAsync(RepoPaths.Photo(name));
        using var raw = UprightReference.Decode(original);

        var result = await StoreAsync(original);

        var full = await VariantAsync(result, PhotoSize.Full);
        using var stored = UprightReference.Decode(full.Bytes);
        var (uprightWidth, uprightHeight) = orientation is 6 or 8 ? (raw.Height, raw.Width) : (raw.Width, raw.Height);
        Assert.Equal(uprightWidth / (double)uprightHeight, stored.Width / (double)stored.Height, 0.01);
        Assert.Equal(Math.Min(1600, Math.Max(raw.Width, raw.Height)), Math.Max(stored.Width, stored.Height));
        Assert.Equal((full.Width, full.Height), (stored.Width, stored.Height));

        var expected = UprightReference.Distance(
            UprightReference.Cells(stored, 1), UprightReference.Cells(raw, orientation));
        var wrong = orientation == 3 ? [1] : new[] { orientation == 6 ? 8 : 6 };
        foreach (var other in wrong)
        {
            var distance = UprightReference.Distance(
                UprightReference.Cells(stored, 1), UprightReference.Cells(raw, other));
            Assert.True(expected * 3 < distance, $"upright {expected:F1} vs orientation {other} {distance:F1}");
        }

        Assert.True(expected < 6, $"mean brightness differs by {expected:F1} from the upright reference");
    }

    [Fact]
    public async Task StoreAsync_GpsTaggedPhoto_StoresNoMetadata()
    {
        var original = await File.ReadAllBytesAsync(RepoPaths.Photo("gps-tagged-DSCN0010.jpg"));
        Assert.True(original.AsSpan().IndexOf("GPS"u8) >= 0 || original.AsSpan().IndexOf("Exif"u8) >= 0);

        var result = await StoreAsync(original);

        foreach (var size in new[] { PhotoSize.Square, PhotoSize.Full })
        {
            var variant = await VariantAsync(result, size);
            var chunks = WebpChunks.Read(variant.Bytes);
            Assert.DoesNotContain("EXIF", chunks);
            Assert.DoesNotContain("XMP ", chunks);
            Assert.True(variant.Bytes.AsSpan().IndexOf("Exif"u8) < 0, $"{size} carries an Exif block");
            Assert.True(variant.Bytes.AsSpan().IndexOf("NIKON"u8) < 0, $"{size} carries camera data");
        }
    }

    [Fact]
    public async Task StoreAsync_PhonePhoto_StoresSquareAndBoundedFull()
    {
        var result = await StoreAsync(await File.ReadAllBytesAsync(RepoPaths.Photo("phone-jolla.jpg")));

        var square = await VariantAsync(result, PhotoSize.Square);
        var full = await VariantAsync(result, PhotoSize.Full);
        Assert.Equal((480, 480), (square.Width, square.Height));
        Assert.Equal(1600, Math.Max(full.Width, full.Height));
        Assert.Equal("image/webp", full.ContentType);
        Assert.Matches("^[0-9a-f]{40}$", result.Hash);
        using var decoded = UprightReference.Decode(full.Bytes);
        Assert.Equal((full.Width, full.Height), (decoded.Width, decoded.Height));
    }

    [Fact]
    public async Task StoreAsync_SmallPng_IsNeverUpscaled()
    {
        var result = await StoreAsync(PhotoSamples.Png(300, 200, SkiaSharp.SKColors.Orange));

        var square = await VariantAsync(result, PhotoSize.Square);
        var full = await VariantAsync(result, PhotoSize.Full);
        Assert.Equal((200, 200), (square.Width, square.Height));
        Assert.Equal((300, 200), (full.Width, full.Height));
    }

    [Fact]
    public async Task StoreAsync_SamePhotoTwice_StoresOneHash()
    {
        var bytes = await File.ReadAllBytesAsync(RepoPaths.Photo("orientation-Landscape_6.jpg"));

        var first = await _pipeline.StoreAsync(new MemoryStream(bytes), CancellationToken.None);
        var again = await _pipeline.StoreAsync(new MemoryStream(bytes), CancellationToken.None);

        Assert.True(again.Succeeded, again.Error);
        Assert.Equal(first.Hash, again.Hash);
        await using var db = await database.Reads.CreateDbContextAsync();
        Assert.Equal(2, await db.PhotoVariants.CountAsync(v => v.Hash == first.Hash));
    }

    [Fact]
    public async Task StoreAsync_SamePhotoConcurrently_BothSucceed()
    {
        var bytes = await File.ReadAllBytesAsync(RepoPaths.Photo("orientation-Portrait_8.jpg"));

        var results = await Task.WhenAll(Enumerable.Range(0, 3)
            .Select(_ => _pipeline.StoreAsync(new MemoryStream(bytes), CancellationToken.None)));

        Assert.All(results, r => Assert.True(r.Succeeded, r.Error));
        Assert.Single(results.Select(r => r.Hash).Distinct());
    }

    [Fact]
    public async Task StoreAsync_CorruptedJpeg_RefusedAndNothingStored()
    {
        var bytes = await File.ReadAllBytesAsync(RepoPaths.Photo("corrupted.jpg"));

        await AssertRefusedAsync(bytes, PhotoMessages.Damaged);
    }

    [Fact]
    public async Task StoreAsync_TruncatedPhonePhoto_RefusedAndNothingStored()
    {
        var bytes = await File.ReadAllBytesAsync(RepoPaths.Photo("phone-jolla.jpg"));

        await AssertRefusedAsync(bytes[..(bytes.Length / 2)], PhotoMessages.Damaged);
    }

    [Fact]
    public async Task StoreAsync_SvgWithScript_Refused()
    {
        await AssertRefusedAsync(PhotoSamples.SvgWithScript(), PhotoMessages.NotAPhoto);
    }

    [Fact]
    public async Task StoreAsync_HtmlNamedJpg_Refused()
    {
        await AssertRefusedAsync(PhotoSamples.HtmlNamedJpg(), PhotoMessages.NotAPhoto);
    }

    [Fact]
    public async Task StoreAsync_JpegMagicThenHtml_Refused()
    {
        byte[] bytes = [0xFF, 0xD8, 0xFF, 0xE0, .. PhotoSamples.HtmlNamedJpg()];

        await AssertRefusedAsync(bytes, PhotoMessages.Damaged);
    }

    [Fact]
    public async Task StoreAsync_Heic_RefusedWithHint()
    {
        await AssertRefusedAsync(PhotoSamples.FakeHeic(), PhotoMessages.Heic);
        Assert.Contains("JPEG", PhotoMessages.Heic, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StoreAsync_EmptyFile_Refused()
    {
        await AssertRefusedAsync([], PhotoMessages.Empty);
    }

    [Fact]
    public async Task StoreAsync_MoreThan15Megabytes_Refused()
    {
        var bytes = new byte[PhotoLimits.MaxUploadBytes + 1];
        bytes[0] = 0xFF;
        bytes[1] = 0xD8;
        bytes[2] = 0xFF;

        await AssertRefusedAsync(bytes, PhotoMessages.TooLarge);
    }

    [Fact]
    public async Task StoreAsync_HeaderClaimsHundredMegapixels_RefusedBeforeDecoding()
    {
        await AssertRefusedAsync(PhotoSamples.PngClaiming(10_000, 10_000), PhotoMessages.TooManyPixels);
    }

    private async Task<PhotoResult> StoreAsync(byte[] bytes)
    {
        var result = await _pipeline.StoreAsync(new MemoryStream(bytes), CancellationToken.None);
        Assert.True(result.Succeeded, result.Error);
        return result;
    }

    private async Task<PhotoVariant> VariantAsync(PhotoResult result, PhotoSize size)
    {
        await using var db = await database.Reads.CreateDbContextAsync();
        return await db.PhotoVariants.SingleAsync(v => v.Hash == result.Hash && v.Size == size);
    }

    private async Task AssertRefusedAsync(byte[] bytes, string message)
    {
        var before = await CountAsync();

        var result = await _pipeline.StoreAsync(new MemoryStream(bytes), CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Null(result.Hash);
        Assert.Equal(message, result.Error);
        Assert.Equal(before, await CountAsync());
    }

    private async Task<int> CountAsync()
    {
        await using var db = await database.Reads.CreateDbContextAsync();
        return await db.PhotoVariants.CountAsync();
    }
}
