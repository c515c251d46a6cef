using System.Net;
using Dukaan.Domain.Catalog;
using Dukaan.Tests.Support;

namespace Dukaan.Tests.Web.Storefront;

public sealed class StorefrontPageTests(StorefrontWebFactory app) : IClassFixture<StorefrontWebFactory>
{
    private const string Photo = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    [Fact]
    public async Task ShopPage_KnownShop_ShowsPhotosPlaceholdersPricesAndSoldOut()
    {
        var shop = await SeedAsync("Ram Kirana Store", (id, now) =>
        {
            var atta = new Product(id, "Aashirvaad Atta 5 kg", Money.FromPaise(28_500), now);
            atta.SetPhoto(Photo, now);
            var ghee = new Product(id, "Amul Ghee 1 L", Money.FromPaise(1_29_950), now.AddMinutes(1));
            ghee.MarkSoldOut(true, now);
            return [atta, ghee];
        });
        using var client = app.CreateClient();

        var html = await client.GetStringAsync($"/{shop.Slug}");

        Assert.Contains("<h1>Ram Kirana Store</h1>", html, StringComparison.Ordinal);
        Assert.Contains($"<img src=\"/media/{Photo}-sq.webp\" alt=\"Aashirvaad Atta 5 kg\" width=\"400\" " +
            "height=\"400\" loading=\"eager\"", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"no-photo\" aria-hidden=\"true\">A</span>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"price\">₹285</span>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"price\">₹1,299.50</span>", html, StringComparison.Ordinal);
        Assert.Contains("<li class=\"card sold-out\">", html, StringComparison.Ordinal);
        Assert.Single(html.Split("Sold out").Skip(1));
        Assert.Equal($"http://localhost/media/{Photo}-sq.webp", StorefrontHtml.Meta(html, "og:image"));
    }

    [Fact]
    public async Task ShopPage_PhotosBelowTheFirstRows_LoadLazily()
    {
        var shop = await SeedAsync("Photo Shop", (id, now) => Enumerable.Range(0, 10).Select(i =>
        {
            var product = new Product(id, $"Item {i}", Money.FromPaise(100 + i), now.AddMinutes(-i));
            product.SetPhoto(Photo, now);
            return product;
        }));
        using var client = app.CreateClient();

        var html = await client.GetStringAsync($"/{shop.Slug}");

        Assert.Equal(6, html.Split("loading=\"eager\"").Length - 1);
        Assert.Equal(4, html.Split("loading=\"lazy\"").Length - 1);
    }

    [Fact]
    public async Task ProductPage_KnownProduct_ShowsPhotoPriceSoldOutAndOpenGraph()
    {
        var shop = await SeedAsync("Ram Kirana Store", (id, now) =>
        {
            var butter = new Product(id, "Amul Butter 500 g", Money.FromPaise(28_500), now);
            butter.SetPhoto(Photo, now);
            butter.MarkSoldOut(true, now);
            return [butter];
        });
        var product = shop.Products[0];
        using var client = app.CreateClient();

        var html = await client.GetStringAsync($"/{shop.Slug}/p/{product.Id}");

        var url = $"http://localhost/{shop.Slug}/p/{product.Id:N}";
        Assert.Contains("<h1>Amul Butter 500 g</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"price\">₹285</p>", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"badge\">Sold out</p>", html, StringComparison.Ordinal);
        Assert.Contains($"src=\"/media/{Photo}-full.webp\" alt=\"Amul Butter 500 g\"", html, StringComparison.Ordinal);
        Assert.Contains($"<a class=\"back\" href=\"/{shop.Slug}\">", html, StringComparison.Ordinal);
        Assert.Equal("Amul Butter 500 g · Ram Kirana Store", StorefrontHtml.Title(html));
        Assert.Equal("Amul Butter 500 g · Ram Kirana Store", StorefrontHtml.Meta(html, "og:title"));
        Assert.Equal("₹285 at Ram Kirana Store (sold out)", StorefrontHtml.Meta(html, "og:description"));
        Assert.Equal($"http://localhost/media/{Photo}-full.webp", StorefrontHtml.Meta(html, "og:image"));
        Assert.Equal(url, StorefrontHtml.Meta(html, "og:url"));
        Assert.Equal("product", StorefrontHtml.Meta(html, "og:type"));
        Assert.Contains($"<link rel=\"canonical\" href=\"{url}\" />", html, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"description\" content=\"₹285 at Ram Kirana Store (sold out)\"", html,
            StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/no-such-shop")]
    [InlineData("/no-such-shop/p/0193a000000070008000000000000000")]
    [InlineData("/no-such-shop/p/not-an-id")]
    public async Task Storefront_UnknownShopOrProduct_AnswersWithFriendly404Page(string path)
    {
        using var client = app.CreateClient();

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("We could not find this shop or product", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"http://localhost/\">Go to Dukaan</a>", html, StringComparison.Ordinal);
        Assert.Contains("/assets/store.css", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProductPage_ProductOfAnotherShop_Answers404()
    {
        var first = await SeedAsync("First Shop", (id, now) => [new Product(id, "Tea", Money.FromPaise(5_000), now)]);
        var second = await SeedAsync("Second Shop", (id, now) => [new Product(id, "Tea", Money.FromPaise(5_000), now)]);
        using var client = app.CreateClient();

        using var response = await client.GetAsync($"/{first.Slug}/p/{second.Products[0].Id}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Storefront_HostileNames_AreEncodedInBodyTitleAndOpenGraph()
    {
        const string product = "<img src=x onerror=alert(1)>";
        const string encodedProduct = "&lt;img src=x onerror=alert(1)&gt;";
        const string encodedShop = "Evil &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Store";
        var shop = await SeedAsync("Evil <script>alert(\"x\")</script> Store",
            (id, now) => [new Product(id, product, Money.FromPaise(1_000), now)]);
        using var client = app.CreateClient();

        var shopHtml = await client.GetStringAsync($"/{shop.Slug}");
        var productHtml = await client.GetStringAsync($"/{shop.Slug}/p/{shop.Products[0].Id}");

        foreach (var html in new[] { shopHtml, productHtml })
        {
            Assert.DoesNotContain(
                "<script", StorefrontHtml.WithoutCartScript(html), StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
            Assert.Contains(encodedShop, StorefrontHtml.Meta(html, "og:title"), StringComparison.Ordinal);
            Assert.Contains(encodedShop, StorefrontHtml.Title(html), StringComparison.Ordinal);
        }

        Assert.Contains($"<span class=\"name\">{encodedProduct}</span>", shopHtml, StringComparison.Ordinal);
        Assert.Contains($"<h1>{encodedShop}</h1>", shopHtml, StringComparison.Ordinal);
        Assert.Contains($"<h1>{encodedProduct}</h1>", productHtml, StringComparison.Ordinal);
        Assert.Equal($"{encodedProduct} · {encodedShop}", StorefrontHtml.Title(productHtml));
        Assert.Equal($"{encodedProduct} · {encodedShop}", StorefrontHtml.Meta(productHtml, "og:title"));
        Assert.Equal($"₹10 at {encodedShop}", StorefrontHtml.Meta(productHtml, "og:description"));
    }

    [Fact]
    public async Task Storefront_Responses_CarryNoCookieNoBlazorStateAndOnlyTheCartScript()
    {
        var shop = await SeedAsync("Plain Shop", (id, now) => [new Product(id, "Soap", Money.FromPaise(4_000), now)]);
        using var client = app.CreateClient();
        string[] paths = [$"/{shop.Slug}", $"/{shop.Slug}/p/{shop.Products[0].Id}", "/no-such-shop"];

        foreach (var path in paths)
        {
            using var response = await client.GetAsync(path);
            var html = await response.Content.ReadAsStringAsync();

            Assert.False(response.Headers.Contains("Set-Cookie"), path);
            Assert.DoesNotContain(
                "<script", StorefrontHtml.WithoutCartScript(html), StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("blazor", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("_framework", html, StringComparison.Ordinal);
            Assert.DoesNotContain("MudBlazor", html, StringComparison.Ordinal);
            Assert.DoesNotContain("antiforgery", html, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Theory]
    [InlineData("/healthz", HttpStatusCode.OK, "Healthy")]
    [InlineData("/not-found", HttpStatusCode.OK, "We could not find that page")]
    [InlineData("/assets/store.css", HttpStatusCode.OK, ".grid")]
    public async Task Storefront_LiteralRoutesAndFiles_NeverReachTheStorefront(
        string path, HttpStatusCode status, string content)
    {
        using var client = app.CreateClient();

        using var response = await client.GetAsync(path);

        Assert.Equal(status, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains(content, body, StringComparison.Ordinal);
        Assert.DoesNotContain("We could not find this shop or product", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/seller")]
    [InlineData("/favicon.ico")]
    [InlineData("/_framework/blazor.web.js")]
    [InlineData("/Ram-Kirana")]
    public async Task Storefront_PathsThatAreNoSlug_AreNotStorefrontPages(string path)
    {
        using var client = app.CreateClient(new() { AllowAutoRedirect = false });

        using var response = await client.GetAsync(path);

        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("/assets/store.css", body, StringComparison.Ordinal);
    }

    private Task<SeededShop> SeedAsync(string name, Func<Guid, DateTimeOffset, IEnumerable<Product>> products) =>
        StoreSeeder.SeedShopAsync(
            app.Database.Writes, name, StoreSeeder.UniqueSlug("shop"), id => products(id, DateTimeOffset.UtcNow));
}
