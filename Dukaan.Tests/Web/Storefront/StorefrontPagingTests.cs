using System.Net;

namespace Dukaan.Tests.Web.Storefront;

public sealed class StorefrontPagingTests(LargeShopFactory app) : IClassFixture<LargeShopFactory>
{
    [Theory]
    [InlineData("newest")]
    [InlineData("price-low")]
    [InlineData("price-high")]
    public async Task ShopPage_FollowingNextLinks_ListsEveryProductOnceInSortOrder(string sort)
    {
        using var client = app.CreateClient();
        var expected = StorefrontOrder.Expected(app.Shop.Products, sort);
        var seen = new List<Guid>();
        var pages = 0;

        string? link = $"/{app.Shop.Slug}?sort={sort}";
        while (link is not null)
        {
            var html = await client.GetStringAsync(link);
            var ids = StorefrontHtml.ProductIds(html);
            Assert.InRange(ids.Count, 1, 48);
            Assert.DoesNotContain("offset", link, StringComparison.OrdinalIgnoreCase);
            seen.AddRange(ids);
            pages++;
            link = StorefrontHtml.NextLink(html);
        }

        Assert.Equal(42, pages);
        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.Equal(expected, seen);
    }

    [Fact]
    public async Task ShopPage_DefaultSort_IsNewestFirst()
    {
        using var client = app.CreateClient();

        var html = await client.GetStringAsync($"/{app.Shop.Slug}");

        var expected = StorefrontOrder.Expected(app.Shop.Products, "newest").Take(48);
        Assert.Equal(expected, StorefrontHtml.ProductIds(html));
        Assert.Contains($"href=\"/{app.Shop.Slug}\" aria-current=\"page\">Newest</a>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("?after=garbage")]
    [InlineData("?after=12.not-a-guid")]
    [InlineData("?sort=cheapest")]
    public async Task ShopPage_MalformedQuery_FallsBackToTheFirstNewestPage(string query)
    {
        using var client = app.CreateClient();

        using var response = await client.GetAsync($"/{app.Shop.Slug}{query}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        var expected = StorefrontOrder.Expected(app.Shop.Products, "newest").Take(48);
        Assert.Equal(expected, StorefrontHtml.ProductIds(html));
    }
}
