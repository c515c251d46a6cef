using System.Net;
using Dukaan.Tests.Support;

namespace Dukaan.Tests.Web.Sellers;

public sealed class SellerEndpointsTests(SignedInSellerApp app) : IClassFixture<SignedInSellerApp>
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    [Fact]
    public async Task ShopQr_SignedInSeller_DownloadsPngNamedAfterSlug()
    {
        var shop = await SellerSeed.ShopAsync(app.Database);
        using var client = app.ClientFor(shop.SellerId);

        using var response = await client.GetAsync("/seller/shop-qr.png");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        var disposition = response.Content.Headers.ContentDisposition;
        Assert.Equal("attachment", disposition?.DispositionType);
        Assert.Equal($"{shop.Slug}-qr.png", disposition?.FileNameStar ?? disposition?.FileName);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(PngSignature, bytes[..8]);
    }

    [Fact]
    public async Task ShopQr_NotSignedIn_GivesNoImage()
    {
        using var client = app.CreateClient(new() { AllowAutoRedirect = false });

        using var response = await client.GetAsync("/seller/shop-qr.png");

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEqual("image/png", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task ShopQr_SellerWithoutShop_NotFound()
    {
        var sellerId = await SellerSeed.SellerAsync(app.Database);
        using var client = app.ClientFor(sellerId);

        using var response = await client.GetAsync("/seller/shop-qr.png");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Dashboard_SignedInSeller_RendersShopAndProducts()
    {
        var shop = await SellerSeed.ShopAsync(app.Database, "Meena Stores");
        await SellerSeed.ProductAsync(app.Database, shop.ShopId, "Parle-G Gold 1 kg", 100m);
        using var client = app.ClientFor(shop.SellerId);

        var html = await client.GetStringAsync("/seller");

        Assert.Contains("Meena Stores", html, StringComparison.Ordinal);
        Assert.Contains("Parle-G Gold 1 kg", html, StringComparison.Ordinal);
        Assert.Contains($"/{shop.Slug}", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NewProductPage_SignedInSeller_ShowsLabelledForm()
    {
        var shop = await SellerSeed.ShopAsync(app.Database);
        using var client = app.ClientFor(shop.SellerId);

        var html = await client.GetStringAsync("/seller/products/new");

        Assert.Contains("for=\"product-name\"", html, StringComparison.Ordinal);
        Assert.Contains("for=\"product-price\"", html, StringComparison.Ordinal);
        Assert.Contains("for=\"product-photo\"", html, StringComparison.Ordinal);
        Assert.Contains("Save product", html, StringComparison.Ordinal);
    }
}
