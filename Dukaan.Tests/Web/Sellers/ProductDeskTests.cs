using Dukaan.Domain.Catalog;
using Dukaan.Tests.Support;
using Dukaan.Web.Sellers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace Dukaan.Tests.Web.Sellers;

public sealed class ProductDeskTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private readonly RecordingCatalogChanges _changes = new();

    private ProductDesk Desk() =>
        new(database.Writes, _changes, new SteppingClock(), NullLogger<ProductDesk>.Instance);

    [Fact]
    public async Task AddAsync_SellerWithShop_StoresProductAndReportsShopChange()
    {
        var shop = await SellerSeed.ShopAsync(database);

        var id = await Desk().AddAsync(
            shop.SellerId, "Tata Salt 1 kg", Money.FromRupees(28m), "abc123", null, default);

        Assert.NotNull(id);
        await using var db = await database.Writes.CreateDbContextAsync();
        var stored = await db.Products.SingleAsync(p => p.Id == id);
        Assert.Equal(shop.ShopId, stored.ShopId);
        Assert.Equal("Tata Salt 1 kg", stored.Name);
        Assert.Equal(2800, stored.PricePaise);
        Assert.Equal("abc123", stored.PhotoHash);
        Assert.False(stored.SoldOut);
        Assert.Equal([(shop.ShopId, shop.Slug)], _changes.Changes);
    }

    [Fact]
    public async Task AddAsync_SellerWithoutShop_StoresNothing()
    {
        var sellerId = await SellerSeed.SellerAsync(database);

        var id = await Desk().AddAsync(sellerId, "Atta", Money.FromRupees(285m), null, null, default);

        Assert.Null(id);
        Assert.Empty(_changes.Changes);
    }

    [Fact]
    public async Task UpdateAsync_WithoutNewPhoto_ChangesNameAndPriceKeepsPhoto()
    {
        var shop = await SellerSeed.ShopAsync(database);
        var id = await SellerSeed.ProductAsync(database, shop.ShopId, "Atta", 285m, "oldhash");
        var price = Money.FromRupees(299.5m);

        var updated = await Desk().UpdateAsync(shop.SellerId, id, "  Atta 5 kg ", price, null, null, default);

        Assert.True(updated);
        var row = await Desk().FindAsync(shop.SellerId, id, default);
        Assert.NotNull(row);
        Assert.Equal("Atta 5 kg", row.Name);
        Assert.Equal(Money.FromPaise(29950), row.Price);
        Assert.Equal("oldhash", row.PhotoHash);
        Assert.Single(_changes.Changes);
    }

    [Fact]
    public async Task UpdateAsync_WithNewPhoto_ReplacesPhoto()
    {
        var shop = await SellerSeed.ShopAsync(database);
        var id = await SellerSeed.ProductAsync(database, shop.ShopId, "Atta", 285m, "oldhash");

        await Desk().UpdateAsync(shop.SellerId, id, "Atta", Money.FromRupees(285m), "newhash", null, default);

        var row = await Desk().FindAsync(shop.SellerId, id, default);
        Assert.Equal("newhash", row?.PhotoHash);
    }

    [Fact]
    public async Task SetSoldOutAsync_OwnProduct_MarksAndUnmarks()
    {
        var shop = await SellerSeed.ShopAsync(database);
        var id = await SellerSeed.ProductAsync(database, shop.ShopId, "Ghee", 650m);
        var desk = Desk();

        Assert.True(await desk.SetSoldOutAsync(shop.SellerId, id, soldOut: true, default));
        Assert.True((await desk.FindAsync(shop.SellerId, id, default))?.SoldOut);

        Assert.True(await desk.SetSoldOutAsync(shop.SellerId, id, soldOut: false, default));
        Assert.False((await desk.FindAsync(shop.SellerId, id, default))?.SoldOut);
        Assert.Equal(2, _changes.Changes.Count);
    }

    [Fact]
    public async Task DeleteAsync_OwnProduct_RemovesIt()
    {
        var shop = await SellerSeed.ShopAsync(database);
        var id = await SellerSeed.ProductAsync(database, shop.ShopId, "Paneer", 95m);

        var deleted = await Desk().DeleteAsync(shop.SellerId, id, default);

        Assert.True(deleted);
        await using var db = await database.Writes.CreateDbContextAsync();
        Assert.False(await db.Products.AnyAsync(p => p.Id == id));
        Assert.Equal([(shop.ShopId, shop.Slug)], _changes.Changes);
    }

    [Fact]
    public async Task EveryCall_AnotherSellersProduct_IsRefusedAndLeavesItAlone()
    {
        var owner = await SellerSeed.ShopAsync(database, "Owner Stores");
        var intruder = await SellerSeed.ShopAsync(database, "Intruder Stores");
        var id = await SellerSeed.ProductAsync(database, owner.ShopId, "Basmati Rice", 229m, "ownerhash");
        var desk = Desk();

        Assert.Null(await desk.FindAsync(intruder.SellerId, id, default));
        Assert.False(await desk.UpdateAsync(
            intruder.SellerId, id, "Hacked", Money.FromRupees(1m), "evil", null, default));
        Assert.False(await desk.SetSoldOutAsync(intruder.SellerId, id, soldOut: true, default));
        Assert.False(await desk.DeleteAsync(intruder.SellerId, id, default));

        var row = await desk.FindAsync(owner.SellerId, id, default);
        Assert.NotNull(row);
        Assert.Equal("Basmati Rice", row.Name);
        Assert.Equal(Money.FromRupees(229m), row.Price);
        Assert.Equal("ownerhash", row.PhotoHash);
        Assert.False(row.SoldOut);
        Assert.Empty(_changes.Changes);
        Assert.DoesNotContain(await desk.ListAsync(intruder.SellerId, default), p => p.Id == id);
    }

    [Fact]
    public async Task ListAsync_SeveralProducts_NewestFirstAndOnlyOwnShop()
    {
        var shop = await SellerSeed.ShopAsync(database);
        var other = await SellerSeed.ShopAsync(database);
        await SellerSeed.ProductAsync(database, other.ShopId, "Not mine", 10m);
        var desk = Desk();
        foreach (var name in new[] { "First", "Second", "Third" })
        {
            await desk.AddAsync(shop.SellerId, name, Money.FromRupees(10m), null, null, default);
        }

        var list = await desk.ListAsync(shop.SellerId, default);

        Assert.Equal(["Third", "Second", "First"], list.Select(p => p.Name));
    }

    [Fact]
    public async Task UpdateAsync_StockGivenThenCleared_StoresCountThenStopsCounting()
    {
        var shop = await SellerSeed.ShopAsync(database);
        var id = await Desk().AddAsync(shop.SellerId, "Atta", Money.FromRupees(285m), null, 12, default);

        var added = await Desk().FindAsync(shop.SellerId, id!.Value, default);
        await Desk().UpdateAsync(shop.SellerId, id.Value, "Atta", Money.FromRupees(285m), null, 0, default);
        var soldOut = await Desk().FindAsync(shop.SellerId, id.Value, default);
        await Desk().UpdateAsync(shop.SellerId, id.Value, "Atta", Money.FromRupees(285m), null, null, default);
        var untracked = await Desk().FindAsync(shop.SellerId, id.Value, default);

        Assert.Equal(12, added!.Stock);
        Assert.Equal(0, soldOut!.Stock);
        Assert.True(soldOut.ShowsSoldOut);
        Assert.Null(untracked!.Stock);
        Assert.False(untracked.ShowsSoldOut);
    }

    [Fact]
    public async Task FindShopAsync_SellerWithShop_ReturnsNameAndSlug()
    {
        var shop = await SellerSeed.ShopAsync(database, "Meena General Store");

        var found = await Desk().FindShopAsync(shop.SellerId, default);

        Assert.Equal(new SellerShop(shop.ShopId, "Meena General Store", shop.Slug), found);
    }
}
