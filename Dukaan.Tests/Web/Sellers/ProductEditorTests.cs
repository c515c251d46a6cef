using Bunit;
using Dukaan.Domain.Catalog;
using Dukaan.Tests.Support;
using Dukaan.Web.Photos;
using Dukaan.Web.Sellers;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dukaan.Tests.Web.Sellers;

public sealed class ProductEditorTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private readonly FakePhotoPipeline _photos = new();
    private readonly RecordingCatalogChanges _changes = new();

    [Fact]
    public async Task Save_EmptyName_ShowsNameMessageAndStoresNothing()
    {
        var shop = await SellerSeed.ShopAsync(database);
        await using var ctx = SellerPageContext.Create(database, shop.SellerId, _photos, _changes);
        var cut = ctx.Render<ProductEditor>();

        Type(cut, "#product-name", "   ");
        Type(cut, "#product-price", "49.50");
        await cut.Find("form").SubmitAsync();

        cut.Eventually(() => Assert.Contains("Enter the product name.", cut.Markup, StringComparison.Ordinal));
        await AssertNoProductsAsync(shop.ShopId);
    }

    [Fact]
    public async Task Save_NameOver120Characters_ShowsLengthMessage()
    {
        var shop = await SellerSeed.ShopAsync(database);
        await using var ctx = SellerPageContext.Create(database, shop.SellerId, _photos, _changes);
        var cut = ctx.Render<ProductEditor>();

        Type(cut, "#product-name", new string('a', 121));
        Type(cut, "#product-price", "49.50");
        await cut.Find("form").SubmitAsync();

        cut.Eventually(() => Assert.Contains("at most 120 characters", cut.Markup, StringComparison.Ordinal));
        await AssertNoProductsAsync(shop.ShopId);
    }

    [Fact]
    public async Task Save_BadPrice_ShowsPriceInputMessage()
    {
        var shop = await SellerSeed.ShopAsync(database);
        await using var ctx = SellerPageContext.Create(database, shop.SellerId, _photos, _changes);
        var cut = ctx.Render<ProductEditor>();
        PriceInput.TryParse("forty", out _, out var expected);

        Type(cut, "#product-name", "Tata Salt");
        Type(cut, "#product-price", "forty");
        await cut.Find("form").SubmitAsync();

        Assert.NotEmpty(expected);
        cut.Eventually(() => Assert.Contains(
            System.Net.WebUtility.HtmlEncode(expected), cut.Markup, StringComparison.Ordinal));
        Assert.Empty(_photos.Uploads);
        await AssertNoProductsAsync(shop.ShopId);
    }

    [Fact]
    public async Task Save_PhotoRefused_ShowsMessageKeepsFieldsStoresNothing()
    {
        var shop = await SellerSeed.ShopAsync(database);
        _photos.Result = PhotoResult.Refused("This file is not a photo. Choose a JPEG, PNG or WebP picture.");
        await using var ctx = SellerPageContext.Create(database, shop.SellerId, _photos, _changes);
        var cut = ctx.Render<ProductEditor>();

        Type(cut, "#product-name", "Amul Butter 500 g");
        Type(cut, "#product-price", "285");
        cut.FindComponent<InputFile>().UploadFiles(
            InputFileContent.CreateFromText("<svg onload=alert(1)>", "butter.jpg", contentType: "image/jpeg"));
        await cut.Find("form").SubmitAsync();

        cut.Eventually(() => Assert.Contains("This file is not a photo.", cut.Markup, StringComparison.Ordinal));
        Assert.Single(_photos.Uploads);
        Assert.Equal("Amul Butter 500 g", cut.Find("#product-name").GetAttribute("value"));
        Assert.Equal("285", cut.Find("#product-price").GetAttribute("value"));
        Assert.Empty(_changes.Changes);
        await AssertNoProductsAsync(shop.ShopId);
    }

    [Fact]
    public async Task Save_ValidProductWithPhoto_StoresItReportsChangeAndReturnsToDashboard()
    {
        var shop = await SellerSeed.ShopAsync(database);
        _photos.Result = PhotoResult.Stored("feedc0de");
        await using var ctx = SellerPageContext.Create(database, shop.SellerId, _photos, _changes);
        var cut = ctx.Render<ProductEditor>();

        Type(cut, "#product-name", "  Haldiram's Aloo Bhujia 400 g ");
        Type(cut, "#product-price", "110");
        cut.FindComponent<InputFile>().UploadFiles(
            InputFileContent.CreateFromBinary([1, 2, 3, 4], "bhujia.jpg", contentType: "image/jpeg"));
        await cut.Find("form").SubmitAsync();

        var navigation = ctx.Services.GetRequiredService<NavigationManager>();
        cut.Eventually(() => Assert.EndsWith("/seller", navigation.Uri, StringComparison.Ordinal));
        await using var db = await database.Writes.CreateDbContextAsync();
        var stored = await db.Products.SingleAsync(p => p.ShopId == shop.ShopId);
        Assert.Equal("Haldiram's Aloo Bhujia 400 g", stored.Name);
        Assert.Equal(11000, stored.PricePaise);
        Assert.Equal("feedc0de", stored.PhotoHash);
        Assert.Equal([4L], _photos.Uploads);
        Assert.Equal([(shop.ShopId, shop.Slug)], _changes.Changes);
    }

    [Fact]
    public async Task Edit_OwnProduct_PrefillsAndKeepsPhotoWhenNoneChosen()
    {
        var shop = await SellerSeed.ShopAsync(database);
        var id = await SellerSeed.ProductAsync(database, shop.ShopId, "Parle-G", 100m, "oldphoto");
        await using var ctx = SellerPageContext.Create(database, shop.SellerId, _photos, _changes);
        var cut = ctx.Render<ProductEditor>(p => p.Add(e => e.ProductId, id));

        cut.Eventually(() => Assert.Equal("Parle-G", cut.Find("#product-name").GetAttribute("value")));
        Assert.Equal("100", cut.Find("#product-price").GetAttribute("value"));
        Type(cut, "#product-price", "105.50");
        await cut.Find("form").SubmitAsync();

        await using var db = await database.Writes.CreateDbContextAsync();
        var stored = await db.Products.SingleAsync(p => p.Id == id);
        Assert.Equal(10550, stored.PricePaise);
        Assert.Equal("oldphoto", stored.PhotoHash);
        Assert.Empty(_photos.Uploads);
    }

    [Theory]
    [InlineData("2.5", "whole number")]
    [InlineData("twelve", "whole number")]
    [InlineData("-3", "be negative")]
    [InlineData("5000000", "1,00,000")]
    public async Task Save_BadStock_ShowsStockMessageAndStoresNothing(string typed, string expected)
    {
        var shop = await SellerSeed.ShopAsync(database);
        await using var ctx = SellerPageContext.Create(database, shop.SellerId, _photos, _changes);
        var cut = ctx.Render<ProductEditor>();

        Type(cut, "#product-name", "Tata Salt");
        Type(cut, "#product-price", "28");
        Type(cut, "#product-stock", typed);
        await cut.Find("form").SubmitAsync();

        cut.Eventually(() => Assert.Contains(
            System.Net.WebUtility.HtmlEncode(expected), cut.Markup, StringComparison.Ordinal));
        await AssertNoProductsAsync(shop.ShopId);
    }

    [Theory]
    [InlineData("12", 12)]
    [InlineData(" 0 ", 0)]
    [InlineData("", null)]
    public async Task Save_StockField_StoresCountOrNotTracked(string typed, int? expected)
    {
        var shop = await SellerSeed.ShopAsync(database);
        await using var ctx = SellerPageContext.Create(database, shop.SellerId, _photos, _changes);
        var cut = ctx.Render<ProductEditor>();

        Type(cut, "#product-name", "Tata Salt");
        Type(cut, "#product-price", "28");
        Type(cut, "#product-stock", typed);
        await cut.Find("form").SubmitAsync();

        var navigation = ctx.Services.GetRequiredService<NavigationManager>();
        cut.Eventually(() => Assert.EndsWith("/seller", navigation.Uri, StringComparison.Ordinal));
        await using var db = await database.Writes.CreateDbContextAsync();
        Assert.Equal(expected, (await db.Products.SingleAsync(p => p.ShopId == shop.ShopId)).Stock);
    }

    [Fact]
    public async Task Edit_TrackedStock_PrefillsAndClearingStopsCounting()
    {
        var shop = await SellerSeed.ShopAsync(database);
        var id = await SellerSeed.ProductAsync(database, shop.ShopId, "Parle-G", 10m, stock: 7);
        await using var ctx = SellerPageContext.Create(database, shop.SellerId, _photos, _changes);
        var cut = ctx.Render<ProductEditor>(p => p.Add(e => e.ProductId, id));

        cut.Eventually(() => Assert.Equal("7", cut.Find("#product-stock").GetAttribute("value")));
        Type(cut, "#product-stock", "");
        await cut.Find("form").SubmitAsync();

        var navigation = ctx.Services.GetRequiredService<NavigationManager>();
        cut.Eventually(() => Assert.EndsWith("/seller", navigation.Uri, StringComparison.Ordinal));
        await using var db = await database.Writes.CreateDbContextAsync();
        Assert.Null((await db.Products.SingleAsync(p => p.Id == id)).Stock);
    }

    [Fact]
    public async Task Edit_AnotherSellersProduct_ShowsNotInShop()
    {
        var owner = await SellerSeed.ShopAsync(database);
        var intruder = await SellerSeed.ShopAsync(database);
        var id = await SellerSeed.ProductAsync(database, owner.ShopId, "Secret Masala", 50m);
        await using var ctx = SellerPageContext.Create(database, intruder.SellerId, _photos, _changes);

        var cut = ctx.Render<ProductEditor>(p => p.Add(e => e.ProductId, id));

        cut.Eventually(() => Assert.Contains("not in your shop", cut.Markup, StringComparison.Ordinal));
        Assert.DoesNotContain("Secret Masala", cut.Markup, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("form"));
    }

    [Fact]
    public async Task Form_EveryInput_HasVisibleLabel()
    {
        var shop = await SellerSeed.ShopAsync(database);
        await using var ctx = SellerPageContext.Create(database, shop.SellerId, _photos, _changes);

        var cut = ctx.Render<ProductEditor>();

        (string Id, string Text)[] fields =
            [
                ("product-name", "Product name"), ("product-price", "Price"), ("product-stock", "Stock (optional)"),
                ("product-photo", "Photo"),
            ];
        foreach (var (id, text) in fields)
        {
            var label = cut.Find($"label[for='{id}']");
            Assert.Equal(text, label.TextContent.Trim());
        }

        var accept = cut.Find("#product-photo").GetAttribute("accept");
        Assert.Equal("image/jpeg,image/png,image/webp,image/heic,image/*", accept);
        Assert.Contains("Save product", cut.Find("button[type=submit]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NameMessage_AfterTheSellerTypesAName_Disappears()
    {
        var shop = await SellerSeed.ShopAsync(database);
        await using var ctx = SellerPageContext.Create(database, shop.SellerId, _photos, _changes);
        var cut = ctx.Render<ProductEditor>();
        await cut.Find("form").SubmitAsync();
        cut.Eventually(() => Assert.Contains("Enter the product name.", cut.Markup, StringComparison.Ordinal));

        Type(cut, "#product-name", "Tata Tea 250 g");

        cut.Eventually(() => Assert.DoesNotContain("Enter the product name.", cut.Markup, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Save_PhotoOverTheLimit_WaitsUntilTheSellerDecides()
    {
        var shop = await SellerSeed.ShopAsync(database);
        await using var ctx = SellerPageContext.Create(database, shop.SellerId, _photos, _changes);
        var cut = ctx.Render<ProductEditor>();
        Type(cut, "#product-name", "Amul Ghee 1 L");
        Type(cut, "#product-price", "650");
        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(
            new byte[PhotoLimits.MaxUploadBytes + 1], "huge.jpg", contentType: "image/jpeg"));

        await cut.Find("form").SubmitAsync();
        await AssertNoProductsAsync(shop.ShopId);
        Assert.Contains("Choose a smaller photo", cut.Markup, StringComparison.Ordinal);

        cut.FindAll("button").Single(b => b.TextContent.Contains("Save without a photo", StringComparison.Ordinal))
            .Click();
        await cut.Find("form").SubmitAsync();

        await using var db = await database.Writes.CreateDbContextAsync();
        cut.Eventually(() => Assert.Equal(1, db.Products.Count(p => p.ShopId == shop.ShopId)));
        Assert.Null((await db.Products.SingleAsync(p => p.ShopId == shop.ShopId)).PhotoHash);
        Assert.Empty(_photos.Uploads);
    }

    [Fact]
    public async Task Save_NameOfInvisibleCharacters_IsRefused()
    {
        var shop = await SellerSeed.ShopAsync(database);
        await using var ctx = SellerPageContext.Create(database, shop.SellerId, _photos, _changes);
        var cut = ctx.Render<ProductEditor>();

        Type(cut, "#product-name", "\u200B\u200B\u202E");
        Type(cut, "#product-price", "10");
        await cut.Find("form").SubmitAsync();

        cut.Eventually(() => Assert.Contains("Enter the product name.", cut.Markup, StringComparison.Ordinal));
        await AssertNoProductsAsync(shop.ShopId);
    }

    private static void Type(IRenderedComponent<ProductEditor> cut, string selector, string value) =>
        cut.Find(selector).Input(value);

    private async Task AssertNoProductsAsync(Guid shopId)
    {
        await using var db = await database.Writes.CreateDbContextAsync();
        Assert.Equal(0, await db.Products.CountAsync(p => p.ShopId == shopId));
        Assert.Empty(_changes.Changes);
    }
}
