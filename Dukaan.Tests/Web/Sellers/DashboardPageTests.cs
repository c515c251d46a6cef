using Bunit;
using Dukaan.Tests.Support;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dukaan.Tests.Web.Sellers;

public sealed class DashboardPageTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private readonly FakePhotoPipeline _photos = new();
    private readonly RecordingCatalogChanges _changes = new();

    [Fact]
    public async Task Dashboard_ShopWithProducts_ShowsShareLinksAndProductsNewestFirst()
    {
        var shop = await SellerSeed.ShopAsync(database, "Ram Kirana & Sons");
        var now = DateTimeOffset.UtcNow;
        await SellerSeed.ProductAsync(database, shop.ShopId, "Older Atta", 1299.5m, "abc", now.AddMinutes(-5));
        await SellerSeed.ProductAsync(database, shop.ShopId, "Newer Dal", 189m, createdAt: now);
        await using var ctx = SellerPageContext.Create(database, shop.SellerId, _photos, _changes);

        var cut = ctx.Render<DashboardHost>();

        cut.Eventually(() => Assert.Equal("Ram Kirana & Sons", cut.Find("h1").TextContent.Trim()));
        var link = $"http://localhost/{shop.Slug}";
        Assert.Equal(link, cut.Find(".shop-link a").TextContent);
        var whatsApp = cut.Find($"a[href^='https://wa.me/?text=']").GetAttribute("href");
        var text = $"Ram Kirana & Sons: order from my shop online {link}";
        Assert.Equal("https://wa.me/?text=" + Uri.EscapeDataString(text), whatsApp);
        Assert.Equal("/seller/shop-qr.png", cut.Find(".shop-qr img").GetAttribute("src"));

        var rows = cut.FindAll(".product-row");
        Assert.Equal(2, rows.Count);
        Assert.Contains("Newer Dal", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("Older Atta", rows[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("₹1,299.50", rows[1].TextContent, StringComparison.Ordinal);
        Assert.Equal("/media/abc-sq.webp", rows[1].QuerySelector("img")?.GetAttribute("src"));
        Assert.Equal("/seller/products/new", cut.Find("a[href='/seller/products/new']").GetAttribute("href"));
    }

    [Fact]
    public async Task Dashboard_TrackedStock_ShowsCountOrSoldOut()
    {
        var shop = await SellerSeed.ShopAsync(database);
        var now = DateTimeOffset.UtcNow;
        await SellerSeed.ProductAsync(database, shop.ShopId, "Counted", 10m, createdAt: now.AddMinutes(-2), stock: 12);
        await SellerSeed.ProductAsync(database, shop.ShopId, "Gone", 10m, createdAt: now.AddMinutes(-1), stock: 0);
        await SellerSeed.ProductAsync(database, shop.ShopId, "Uncounted", 10m, createdAt: now);
        await using var ctx = SellerPageContext.Create(database, shop.SellerId, _photos, _changes);

        var cut = ctx.Render<DashboardHost>();

        cut.Eventually(() => Assert.Equal(3, cut.FindAll(".product-row").Count));
        var rows = cut.FindAll(".product-info");
        Assert.DoesNotContain("in stock", rows[0].TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Sold out", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("Sold out", rows[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("12 in stock", rows[2].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dashboard_SellerWithoutShop_GoesToNewShopForm()
    {
        var sellerId = await SellerSeed.SellerAsync(database);
        await using var ctx = SellerPageContext.Create(database, sellerId, _photos, _changes);

        var cut = ctx.Render<DashboardHost>();

        var navigation = ctx.Services.GetRequiredService<NavigationManager>();
        cut.Eventually(() => Assert.Equal("http://localhost/seller/new-shop", navigation.Uri));
        Assert.Empty(cut.FindAll("h1"));
    }

    [Fact]
    public async Task Dashboard_MarkupInProductName_IsShownAsText()
    {
        var shop = await SellerSeed.ShopAsync(database);
        await SellerSeed.ProductAsync(database, shop.ShopId, "<img src=x onerror=alert(1)>", 10m);
        await using var ctx = SellerPageContext.Create(database, shop.SellerId, _photos, _changes);

        var cut = ctx.Render<DashboardHost>();

        cut.Eventually(() => Assert.Equal(
            "<img src=x onerror=alert(1)>", cut.Find(".product-name").TextContent));
        Assert.Empty(cut.FindAll("img[src=x]"));
    }

    [Fact]
    public async Task Dashboard_SoldOutSwitched_StoresItAndShowsChip()
    {
        var shop = await SellerSeed.ShopAsync(database);
        var id = await SellerSeed.ProductAsync(database, shop.ShopId, "Amul Ghee", 650m);
        await using var ctx = SellerPageContext.Create(database, shop.SellerId, _photos, _changes);
        var cut = ctx.Render<DashboardHost>();
        cut.Eventually(() => Assert.Single(cut.FindAll(".product-row")));

        await cut.Find(".product-row input[type=checkbox]").ChangeAsync(new ChangeEventArgs { Value = true });

        cut.Eventually(() => Assert.Contains(
            "Sold out", cut.Find(".product-info").TextContent, StringComparison.Ordinal));
        await using var db = await database.Writes.CreateDbContextAsync();
        Assert.True((await db.Products.SingleAsync(p => p.Id == id)).SoldOut);
        Assert.Equal([(shop.ShopId, shop.Slug)], _changes.Changes);
    }

    [Fact]
    public async Task Dashboard_DeleteConfirmed_RemovesProduct()
    {
        var shop = await SellerSeed.ShopAsync(database);
        var id = await SellerSeed.ProductAsync(database, shop.ShopId, "Tata Salt", 28m);
        await using var ctx = SellerPageContext.Create(database, shop.SellerId, _photos, _changes);
        var cut = ctx.Render<DashboardHost>();
        cut.Eventually(() => Assert.Single(cut.FindAll(".product-row")));

        cut.Find("button[aria-label='Delete Tata Salt']").Click();
        cut.Eventually(() => Assert.Contains("will be removed from your shop", cut.Markup, StringComparison.Ordinal));
        cut.FindAll(".mud-dialog button").Single(b => b.TextContent.Trim() == "Delete").Click();

        cut.Eventually(() => Assert.Empty(cut.FindAll(".product-row")));
        await using var db = await database.Writes.CreateDbContextAsync();
        Assert.False(await db.Products.AnyAsync(p => p.Id == id));
    }

    [Fact]
    public async Task Dashboard_DeleteCancelled_KeepsProduct()
    {
        var shop = await SellerSeed.ShopAsync(database);
        var id = await SellerSeed.ProductAsync(database, shop.ShopId, "Tata Salt", 28m);
        await using var ctx = SellerPageContext.Create(database, shop.SellerId, _photos, _changes);
        var cut = ctx.Render<DashboardHost>();
        cut.Eventually(() => Assert.Single(cut.FindAll(".product-row")));

        cut.Find("button[aria-label='Delete Tata Salt']").Click();
        cut.Eventually(() => Assert.NotEmpty(cut.FindAll(".mud-dialog button")));
        cut.FindAll(".mud-dialog button").Single(b => b.TextContent.Trim() == "Cancel").Click();

        cut.Eventually(() => Assert.Empty(cut.FindAll(".mud-dialog")));
        Assert.Single(cut.FindAll(".product-row"));
        await using var db = await database.Writes.CreateDbContextAsync();
        Assert.True(await db.Products.AnyAsync(p => p.Id == id));
        Assert.Empty(_changes.Changes);
    }
}
