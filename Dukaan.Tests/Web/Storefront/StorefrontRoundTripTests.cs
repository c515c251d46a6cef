using System.Globalization;
using System.Net;
using Dukaan.Tests.Support;

namespace Dukaan.Tests.Web.Storefront;

/// <summary>SQL round trips per rendered page, counted by the app's command interceptor for each request.</summary>
public sealed class StorefrontRoundTripTests(SmallAndLargeShopFactory app) : IClassFixture<SmallAndLargeShopFactory>
{
    [Theory]
    [InlineData("newest")]
    [InlineData("price-low")]
    [InlineData("price-high")]
    public async Task ShopPage_SmallAndLargeShop_CostTheSameFewRoundTrips(string sort)
    {
        using var client = app.CreateClient();

        var small = await CommandsAsync(client, $"/{app.Small.Slug}?sort={sort}");
        var largeFirst = await CommandsAsync(client, $"/{app.Large.Slug}?sort={sort}");
        var html = await client.GetStringAsync($"/{app.Large.Slug}?sort={sort}");
        var largeLater = await CommandsAsync(client, StorefrontHtml.NextLink(html)!);

        Assert.InRange(small, 1, 3);
        Assert.Equal(small, largeFirst);
        Assert.Equal(small, largeLater);
    }

    [Fact]
    public async Task ProductPage_SmallAndLargeShop_CostTheSameFewRoundTrips()
    {
        using var client = app.CreateClient();

        var small = await CommandsAsync(client, $"/{app.Small.Slug}/p/{app.Small.Products[3].Id:N}");
        var large = await CommandsAsync(client, $"/{app.Large.Slug}/p/{app.Large.Products[1_999].Id:N}");

        Assert.InRange(small, 1, 3);
        Assert.Equal(small, large);
    }

    [Fact]
    public async Task ShopPage_WithoutOutputCache_RendersEveryRequest()
    {
        using var client = app.CreateClient();

        var first = await CommandsAsync(client, $"/{app.Small.Slug}");
        var second = await CommandsAsync(client, $"/{app.Small.Slug}");

        Assert.True(first > 0);
        Assert.Equal(first, second);
    }

    private static async Task<int> CommandsAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Age"));
        var header = Assert.Single(response.Headers.GetValues(CommandCountingStartupFilter.Header));
        return int.Parse(header, CultureInfo.InvariantCulture);
    }
}
