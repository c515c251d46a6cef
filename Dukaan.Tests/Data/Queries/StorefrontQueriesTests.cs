using Dukaan.Data;
using Dukaan.Data.Queries;
using Dukaan.Tests.Support;
using Dukaan.Web.Storefront;

namespace Dukaan.Tests.Data.Queries;

public sealed class StorefrontQueriesTests(StorefrontDatabase data) : IClassFixture<StorefrontDatabase>
{
    private readonly TestDatabase _database = data.Database;
    private readonly SeededShop _small = data.Small;
    private readonly SeededShop _large = data.Large;

    [Theory]
    [InlineData(StorefrontSort.Newest)]
    [InlineData(StorefrontSort.PriceLowToHigh)]
    [InlineData(StorefrontSort.PriceHighToLow)]
    public async Task ReadShopPage_SmallAndLargeShop_SameRoundTripsAtMostThree(StorefrontSort sort)
    {
        var reader = new StorefrontReader(_database.Reads);

        var small = await CountAsync(() => reader.ReadShopPageAsync(_small.Slug, sort, null, default));
        var largeFirst = await CountAsync(() => reader.ReadShopPageAsync(_large.Slug, sort, null, default));
        var page = await reader.ReadShopPageAsync(_large.Slug, sort, null, default);
        var largeNext = await CountAsync(() => reader.ReadShopPageAsync(_large.Slug, sort, page!.Next, default));

        Assert.InRange(small, 1, 3);
        Assert.Equal(small, largeFirst);
        Assert.Equal(small, largeNext);
    }

    [Theory]
    [InlineData(StorefrontSort.Newest, "ix_products_shop_id_created_at_id")]
    [InlineData(StorefrontSort.PriceLowToHigh, "ix_products_shop_id_price_paise_id")]
    [InlineData(StorefrontSort.PriceHighToLow, "ix_products_shop_id_price_paise_id")]
    public async Task ReadShopPage_LaterPage_SeeksThroughTheSortIndex(StorefrontSort sort, string index)
    {
        var reader = new StorefrontReader(_database.Reads);
        var first = await reader.ReadShopPageAsync(_large.Slug, sort, null, default);
        using var plans = QueryPlans.Begin();

        var page = await reader.ReadShopPageAsync(_large.Slug, sort, first!.Next, default);

        Assert.Equal(48, page!.Products.Count);
        var plan = plans.Plans[^1];
        Assert.Contains("Index Scan", plan, StringComparison.Ordinal);
        Assert.Contains(index, plan, StringComparison.Ordinal);
        Assert.DoesNotContain("Seq Scan", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("Sort", plan.Replace("Sort Key", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShopBySlug_KnownShop_CountsItsProductsOnly()
    {
        await using var db = await _database.Reads.CreateDbContextAsync();

        var shop = await StorefrontQueries.ShopBySlugAsync(db, _large.Slug, default);
        var missing = await StorefrontQueries.ShopBySlugAsync(db, "no-such-shop", default);

        Assert.Equal(new StorefrontShop(_large.Id, "Bada", _large.Slug, 2_000), shop);
        Assert.Null(missing);
    }

    [Fact]
    public async Task Product_OfAnotherShop_IsNotFound()
    {
        await using var db = await _database.Reads.CreateDbContextAsync();

        var own = await StorefrontQueries.ProductAsync(db, _small.Slug, _small.Products[0].Id, default);
        var foreign = await StorefrontQueries.ProductAsync(db, _small.Slug, _large.Products[0].Id, default);

        Assert.Equal(_small.Products[0].Name, own!.Name);
        Assert.Equal(_small.Products[0].PricePaise, own.PricePaise);
        Assert.Null(foreign);
    }

    private static async Task<int> CountAsync<T>(Func<Task<T>> read)
    {
        var counter = CommandCounter.Begin();
        await read();
        return counter.Commands;
    }
}
