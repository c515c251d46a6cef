using Dukaan.Domain.Identity;
using Dukaan.Domain.Shops;
using Dukaan.Tests.Support;
using Dukaan.Web.Shops;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace Dukaan.Tests.Web.Shops;

public sealed class ShopCreatorTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private readonly TestClock _clock = new();

    private ShopCreator Creator => new(database.Writes, _clock, NullLogger<ShopCreator>.Instance);

    [Fact]
    public async Task CreateAsync_SameNameTwice_SecondGetsNumberedSlug()
    {
        var first = await Creator.CreateAsync(await NewSellerAsync(), "Ram Kirana!!", default);
        var second = await Creator.CreateAsync(await NewSellerAsync(), "  Ram   Kirana ", default);

        Assert.True(first.Created);
        Assert.Equal("ram-kirana", first.Slug);
        Assert.Equal("ram-kirana-2", second.Slug);
    }

    [Fact]
    public async Task CreateAsync_TenSellersRacingForOneName_AllGetDistinctSlugs()
    {
        var sellers = new List<Guid>();
        for (var i = 0; i < 10; i++)
        {
            sellers.Add(await NewSellerAsync());
        }

        var results = await Task.WhenAll(sellers.Select(s =>
            Task.Run(() => Creator.CreateAsync(s, "Shree Ganesh", default))));

        Assert.All(results, r => Assert.True(r.Created, r.Message));
        var slugs = results.Select(r => r.Slug!).ToList();
        Assert.Equal(10, slugs.Distinct().Count());
        Assert.Contains("shree-ganesh", slugs);
        Assert.All(slugs, s => Assert.StartsWith("shree-ganesh", s, StringComparison.Ordinal));
        await using var db = await database.Reads.CreateDbContextAsync();
        Assert.Equal(10, await db.Shops.CountAsync(s => s.Name == "Shree Ganesh"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("    ")]
    public async Task CreateAsync_BlankName_RefusedAndNothingSaved(string name)
    {
        var seller = await NewSellerAsync();

        var result = await Creator.CreateAsync(seller, name, default);

        Assert.False(result.HasShop);
        Assert.Equal("Enter a name for your shop.", result.Message);
        await using var db = await database.Reads.CreateDbContextAsync();
        Assert.False(await db.Shops.AnyAsync(s => s.SellerId == seller));
    }

    [Fact]
    public async Task CreateAsync_SecondShopForSameSeller_KeepsTheFirst()
    {
        var seller = await NewSellerAsync();

        var first = await Creator.CreateAsync(seller, "Patel Provisions", default);
        var second = await Creator.CreateAsync(seller, "Another Name", default);

        Assert.False(second.Created);
        Assert.Equal(first.Slug, second.Slug);
        await using var db = await database.Reads.CreateDbContextAsync();
        Assert.Equal(1, await db.Shops.CountAsync(s => s.SellerId == seller));
    }

    [Theory]
    [InlineData("राम जनरल स्टोर", "ram")]
    [InlineData("🛒🛍️", ShopSlug.Fallback)]
    [InlineData("Admin", "admin-")]
    public async Task CreateAsync_UnusualNames_GetValidSlugs(string name, string expectedStart)
    {
        var result = await Creator.CreateAsync(await NewSellerAsync(), name, default);

        Assert.True(result.Created, result.Message);
        Assert.StartsWith(expectedStart, result.Slug, StringComparison.Ordinal);
        Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", result.Slug);
        Assert.False(ShopSlug.IsReserved(result.Slug!));
    }

    private async Task<Guid> NewSellerAsync()
    {
        await using var db = await database.Writes.CreateDbContextAsync();
        var seller = db.Sellers.Add(new Seller(TestPhones.Next(), _clock.GetUtcNow())).Entity;
        await db.SaveChangesAsync();
        return seller.Id;
    }
}
