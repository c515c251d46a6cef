using System.Globalization;
using Dukaan.Domain.Catalog;
using Dukaan.Tests.Support;
using Dukaan.Web.Storefront;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dukaan.Tests.Web.Storefront;

/// <summary>
/// The output cache, run once per store (<see cref="InMemoryStorefrontCacheTests"/>,
/// <see cref="RedisStorefrontCacheTests"/>). A hit is proven by the <c>Age</c> header the output cache adds to
/// cached responses and by zero SQL commands for the request.
/// </summary>
public abstract class StorefrontCacheTests(StorefrontWebFactory app)
{
    [Fact]
    public async Task ShopPage_SecondRequest_IsServedFromTheCacheWithoutSql()
    {
        var shop = await SeedAsync("Cache Shop");
        using var client = app.CreateClient();

        var first = await GetAsync(client, $"/{shop.Slug}");
        var second = await GetAsync(client, $"/{shop.Slug}");

        Assert.False(first.Hit);
        Assert.True(first.Commands > 0);
        Assert.True(second.Hit);
        Assert.Equal(0, second.Commands);
        Assert.Equal(first.Html, second.Html);
    }

    [Fact]
    public async Task ShopPage_OtherQueryParameters_ShareTheEntryButSortDoesNot()
    {
        var shop = await SeedAsync("Query Shop");
        using var client = app.CreateClient();

        await GetAsync(client, $"/{shop.Slug}");
        var tracked = await GetAsync(client, $"/{shop.Slug}?utm_source=whatsapp");
        var sorted = await GetAsync(client, $"/{shop.Slug}?sort=price-low");

        Assert.True(tracked.Hit);
        Assert.False(sorted.Hit);
    }

    [Fact]
    public async Task ShopChanged_EvictsThatShopsPages_AndNoOtherShops()
    {
        var shop = await SeedAsync("Changing Shop");
        var other = await SeedAsync("Steady Shop");
        var product = shop.Products[0];
        using var client = app.CreateClient();
        await GetAsync(client, $"/{shop.Slug}");
        await GetAsync(client, $"/{shop.Slug}/p/{product.Id}");
        await GetAsync(client, $"/{other.Slug}");

        await RenameAsync(product.Id, "Fresh Jalebi 250 g");
        var stale = await GetAsync(client, $"/{shop.Slug}");
        await app.Services.GetRequiredService<ICatalogChanges>()
            .ShopChangedAsync(shop.Id, shop.Slug, CancellationToken.None);
        var fresh = await GetAsync(client, $"/{shop.Slug}");
        var freshProduct = await GetAsync(client, $"/{shop.Slug}/p/{product.Id}");
        var untouched = await GetAsync(client, $"/{other.Slug}");

        Assert.True(stale.Hit);
        Assert.DoesNotContain("Fresh Jalebi", stale.Html, StringComparison.Ordinal);
        Assert.False(fresh.Hit);
        Assert.Contains("Fresh Jalebi 250 g", fresh.Html, StringComparison.Ordinal);
        Assert.False(freshProduct.Hit);
        Assert.Contains("<h1>Fresh Jalebi 250 g</h1>", freshProduct.Html, StringComparison.Ordinal);
        Assert.True(untouched.Hit);
    }

    [Fact]
    public void OutputCacheStore_IsRedisExactlyWhenConfigured()
    {
        var store = app.Services.GetRequiredService<IOutputCacheStore>();

        var usesRedis = store.GetType().Name.Contains("Redis", StringComparison.Ordinal);

        Assert.Equal(ExpectsRedis, usesRedis);
    }

    protected abstract bool ExpectsRedis { get; }

    private Task<SeededShop> SeedAsync(string name) =>
        StoreSeeder.SeedShopAsync(app.Database.Writes, name, StoreSeeder.UniqueSlug("cache"), id =>
        [
            new Product(id, "Kaju Katli 250 g", Money.FromPaise(32_000), DateTimeOffset.UtcNow),
            new Product(id, "Rasgulla 1 kg", Money.FromPaise(24_000), DateTimeOffset.UtcNow),
        ]);

    private async Task RenameAsync(Guid productId, string name)
    {
        await using var db = await app.Database.Writes.CreateDbContextAsync();
        var product = await db.Products.SingleAsync(p => p.Id == productId);
        product.Update(name, product.Price, DateTimeOffset.UtcNow);
        await db.SaveChangesAsync();
    }

    private static async Task<(string Html, bool Hit, int Commands)> GetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        response.EnsureSuccessStatusCode();
        var commands = int.Parse(
            response.Headers.GetValues(CommandCountingStartupFilter.Header).Single(), CultureInfo.InvariantCulture);
        return (await response.Content.ReadAsStringAsync(), response.Headers.Age is not null, commands);
    }
}
