using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dukaan.Domain.Catalog;
using Dukaan.Domain.Ordering;
using Dukaan.Tests.Support;
using Dukaan.Web.Checkout;
using Microsoft.EntityFrameworkCore;

namespace Dukaan.Tests.Web.Checkout;

/// <summary>
/// The cart lives in the browser, so shop and product pages with their add buttons stay shared, cookie-free cache
/// entries; the cart page and its price check come from the server.
/// </summary>
public sealed class CartOnStorefrontTests(StorefrontWebFactory app) : IClassFixture<StorefrontWebFactory>
{
    [Fact]
    public async Task ShopAndProductPages_WithAddButtons_StayCookieFreeCacheHits()
    {
        var shop = await CheckoutShops.SeedAsync(app, null, ("Tata Salt 1 kg", 28m, null));
        var product = shop.Products[0];
        using var client = app.CreateClient();

        foreach (var path in new[] { $"/{shop.Slug}", $"/{shop.Slug}/p/{product.Id:N}" })
        {
            using var first = await client.GetAsync(path);
            using var second = await client.GetAsync(path);
            var html = await second.Content.ReadAsStringAsync();

            Assert.False(first.Headers.Contains("Set-Cookie"), path);
            Assert.False(second.Headers.Contains("Set-Cookie"), path);
            Assert.Null(first.Headers.Age);
            Assert.NotNull(second.Headers.Age);
            Assert.Contains($"data-add-to-cart=\"{shop.Slug}\"", html, StringComparison.Ordinal);
            Assert.Contains($"data-id=\"{product.Id:N}\"", html, StringComparison.Ordinal);
            Assert.Contains($"href=\"/{shop.Slug}/cart\"", html, StringComparison.Ordinal);
            Assert.Contains("<script src=\"/assets/cart.js\" defer></script>", html, StringComparison.Ordinal);
            Assert.DoesNotContain("__RequestVerificationToken", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<form", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task SoldOutProduct_HasNoAddButton()
    {
        var shop = await CheckoutShops.SeedAsync(app, null, ("Kaju Katli 250 g", 320m, null));
        var product = shop.Products[0];
        await using (var db = await app.Database.Writes.CreateDbContextAsync())
        {
            var row = await db.Products.SingleAsync(p => p.Id == product.Id);
            row.MarkSoldOut(true, DateTimeOffset.UtcNow);
            await db.SaveChangesAsync();
        }

        using var client = app.CreateClient();
        var grid = await client.GetStringAsync($"/{shop.Slug}");
        var page = await client.GetStringAsync($"/{shop.Slug}/p/{product.Id:N}");

        Assert.Contains("Sold out", grid, StringComparison.Ordinal);
        Assert.DoesNotContain("data-add-to-cart", grid, StringComparison.Ordinal);
        Assert.DoesNotContain("data-add-to-cart", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProductWithNoStockLeft_ShowsSoldOutWithoutAddButton()
    {
        var shop = await CheckoutShops.SeedAsync(app, null,
            ("Amul Pure Ghee 1 L", 650m, 0), ("Tata Salt 1 kg", 28m, 3));
        using var client = app.CreateClient();

        var grid = await client.GetStringAsync($"/{shop.Slug}");
        var page = await client.GetStringAsync($"/{shop.Slug}/p/{shop.Products[0].Id:N}");

        Assert.Contains("Sold out", page, StringComparison.Ordinal);
        Assert.DoesNotContain("data-add-to-cart", page, StringComparison.Ordinal);
        Assert.DoesNotContain($"data-id=\"{shop.Products[0].Id:N}\"", grid, StringComparison.Ordinal);
        Assert.Contains($"data-id=\"{shop.Products[1].Id:N}\"", grid, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CartPage_ShowsDeliveryRule_AndIsNotCachedOrCookied()
    {
        var delivery = new DeliveryPolicy(Money.FromRupees(30), null);
        var shop = await CheckoutShops.SeedAsync(app, CheckoutShops.CashOnly(delivery), ("Tata Salt 1 kg", 28m, null));
        using var client = app.CreateClient();

        using var first = await client.GetAsync(CheckoutLinks.Cart(shop.Slug));
        using var second = await client.GetAsync(CheckoutLinks.Cart(shop.Slug));
        var html = await second.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Null(second.Headers.Age);
        Assert.False(second.Headers.Contains("Set-Cookie"));
        Assert.Contains("Delivery ₹30", html, StringComparison.Ordinal);
        Assert.Contains($"data-quote-url=\"/{shop.Slug}/cart/quote\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Quote_PricesCartAtServerPrices_WithDeliveryAndMissingProducts()
    {
        var shop = await CheckoutShops.SeedAsync(app, CheckoutShops.CashOnly(CheckoutShops.FortyUnderFiveHundred),
            ("Amul Butter 500 g", 285m, 1), ("Tata Salt 1 kg", 28m, null));
        var gone = Guid.NewGuid();
        var items = $"{shop.Products[0].Id:N}:2,{shop.Products[1].Id:N}:1,{gone:N}:4,junk";
        using var client = app.CreateClient();

        using var response = await client.GetAsync(
            $"{CheckoutLinks.Quote(shop.Slug)}?items={Uri.EscapeDataString(items)}");
        var quote = await response.Content.ReadFromJsonAsync<JsonElement>();
        var lines = quote.GetProperty("lines").EnumerateArray().ToList();

        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.Equal(2, lines.Count);
        Assert.Equal("₹570", lines[0].GetProperty("lineTotal").GetString());
        Assert.Equal("Only 1 left", lines[0].GetProperty("problem").GetString());
        Assert.Equal("₹598", quote.GetProperty("subtotal").GetString());
        Assert.Equal("Free", quote.GetProperty("delivery").GetString());
        Assert.Equal("₹598", quote.GetProperty("total").GetString());
        Assert.Equal(gone.ToString("N"), quote.GetProperty("missing").EnumerateArray().Single().GetString());
        Assert.StartsWith($"/{shop.Slug}/checkout?items=", quote.GetProperty("checkoutUrl").GetString(),
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task CartAndCheckout_OfUnknownShop_Are404()
    {
        using var client = app.CreateClient();

        using var cart = await client.GetAsync(CheckoutLinks.Cart("no-such-shop-here"));
        using var checkout = await client.GetAsync(CheckoutLinks.Checkout("no-such-shop-here"));

        Assert.Equal(HttpStatusCode.NotFound, cart.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, checkout.StatusCode);
    }
}
