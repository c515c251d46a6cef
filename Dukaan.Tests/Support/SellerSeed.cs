using System.Globalization;
using Dukaan.Domain.Catalog;
using Dukaan.Domain.Identity;
using Dukaan.Domain.Shops;

namespace Dukaan.Tests.Support;

/// <summary>Creates sellers, shops and products straight in a test database.</summary>
public static class SellerSeed
{
    public sealed record SeededShop(Guid SellerId, Guid ShopId, string Name, string Slug);

    public static async Task<Guid> SellerAsync(TestDatabase database)
    {
        var digits = "+919" + Random.Shared.NextInt64(100_000_000, 999_999_999).ToString(CultureInfo.InvariantCulture);
        if (!PhoneNumber.TryParse(digits, out var phone, out var error))
        {
            throw new InvalidOperationException(error);
        }

        await using var db = await database.Writes.CreateDbContextAsync();
        var seller = db.Sellers.Add(new Seller(phone, DateTimeOffset.UtcNow)).Entity;
        await db.SaveChangesAsync();
        return seller.Id;
    }

    public static async Task<SeededShop> ShopAsync(TestDatabase database, string name = "Ram Kirana")
    {
        var sellerId = await SellerAsync(database);
        var slug = "shop-" + Guid.NewGuid().ToString("N")[..10];

        await using var db = await database.Writes.CreateDbContextAsync();
        var shop = db.Shops.Add(new Shop(sellerId, name, slug, DateTimeOffset.UtcNow)).Entity;
        await db.SaveChangesAsync();
        return new SeededShop(sellerId, shop.Id, name, slug);
    }

    public static async Task<Guid> ProductAsync(
        TestDatabase database,
        Guid shopId,
        string name,
        decimal rupees,
        string? photoHash = null,
        DateTimeOffset? createdAt = null,
        int? stock = null)
    {
        var now = createdAt ?? DateTimeOffset.UtcNow;
        await using var db = await database.Writes.CreateDbContextAsync();
        var product = new Product(shopId, name, Money.FromRupees(rupees), now);
        product.SetPhoto(photoHash, now);
        product.SetStock(stock, now);
        db.Products.Add(product);
        await db.SaveChangesAsync();
        return product.Id;
    }
}
