using System.Net;
using System.Net.Http.Headers;
using Dukaan.Data;
using Dukaan.Domain.Photos;
using Dukaan.Tests.Support;
using Dukaan.Web.Photos;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dukaan.Tests.Web.Photos;

public sealed class PhotoEndpointTests(DukaanWebFactory app) : IClassFixture<DukaanWebFactory>
{
    [Theory]
    [InlineData(PhotoSize.Square)]
    [InlineData(PhotoSize.Full)]
    public async Task Get_StoredVariant_ServesBytesCachedForever(PhotoSize size)
    {
        var hash = await UploadAsync("gps-tagged-DSCN0010.jpg");
        using var client = app.CreateClient();

        using var response = await client.GetAsync(Url(hash, size));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/webp", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("public, max-age=31536000, immutable", string.Join(", ", response.Headers.CacheControl!
            .ToString().Split(',', StringSplitOptions.TrimEntries)));
        Assert.Equal($"\"{hash}\"", response.Headers.ETag?.Tag);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal(await StoredBytesAsync(hash, size), await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Get_WithMatchingETag_AnswersNotModified()
    {
        var hash = await UploadAsync("phone-jolla.jpg");
        using var client = app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, Url(hash, PhotoSize.Square));
        request.Headers.IfNoneMatch.Add(new EntityTagHeaderValue($"\"{hash}\""));

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
    }

    [Theory]
    [InlineData("/media/0123456789abcdef0123456789abcdef01234567-sq.webp")]
    [InlineData("/media/0123456789abcdef0123456789abcdef01234567-full.webp")]
    [InlineData("/media/0123456789ABCDEF0123456789ABCDEF01234567-sq.webp")]
    [InlineData("/media/0123456789abcdef-sq.webp")]
    [InlineData("/media/0123456789abcdef0123456789abcdef01234567-big.webp")]
    [InlineData("/media/0123456789abcdef0123456789abcdef01234567-sq.jpg")]
    [InlineData("/media/..%2Fappsettings.json")]
    [InlineData("/media/x';drop table photo_variants;--")]
    public async Task Get_UnknownOrMalformedName_NotFound(string path)
    {
        using var client = app.CreateClient();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("immutable", response.Headers.CacheControl?.ToString() ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public void PhotoUrls_For_MatchesServedRoute()
    {
        var urls = app.Services.GetRequiredService<PhotoUrls>();

        Assert.Equal("/media/abc-sq.webp", urls.For("abc", PhotoSize.Square));
        Assert.Equal("/media/abc-full.webp", urls.For("abc", PhotoSize.Full));
    }

    private async Task<string> UploadAsync(string fixture)
    {
        var pipeline = app.Services.GetRequiredService<IPhotoPipeline>();
        await using var file = File.OpenRead(RepoPaths.Photo(fixture));
        var result = await pipeline.StoreAsync(file, CancellationToken.None);
        Assert.True(result.Succeeded, result.Error);
        return result.Hash!;
    }

    private Uri Url(string hash, PhotoSize size) =>
        new(app.Services.GetRequiredService<PhotoUrls>().For(hash, size), UriKind.Relative);

    private async Task<byte[]> StoredBytesAsync(string hash, PhotoSize size)
    {
        await using var db = await app.Database.Writes.CreateDbContextAsync();
        return await db.PhotoVariants.Where(v => v.Hash == hash && v.Size == size).Select(v => v.Bytes).SingleAsync();
    }
}
