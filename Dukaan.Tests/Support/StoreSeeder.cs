using Dukaan.Data;
using Dukaan.Domain.Catalog;
using Dukaan.Domain.Identity;
using Dukaan.Domain.Shops;
using Microsoft.EntityFrameworkCore;

namespace Dukaan.Tests.Support;

/// <summary>Writes shops and products straight into a test database.</summary>
public static class StoreSeeder
{
    private static int _phones = Random.Shared.Next(0, 100_000);

    /// <summary>A slug no other test (or earlier run sharing a Redis) uses.</summary>
    public static string UniqueSlug(string prefix) => prefix + "-" + Guid.NewGuid().ToString("N")[..8];

    /// <summary>Creates a seller and a shop, then the products <paramref name="products"/> makes for it.</summary>
    public static async Task<SeededShop> SeedShopAsync(
        IDbContextFactory<WriteDb> writes, string name, string slug, Func<Guid, IEnumerable<Product>> products)
    {
        var now = DateTimeOffset.UtcNow;
        var number = Interlocked.Increment(ref _phones);
        if (!PhoneNumber.TryParse($"+919{number % 1_000_000_000:D9}", out var phone, out var error))
        {
            throw new InvalidOperationException(error);
        }

        await using var db = await writes.CreateDbContextAsync();
        var seller = db.Sellers.Add(new Seller(phone, now)).Entity;
        var shop = db.Shops.Add(new Shop(seller.Id, name, slug, now)).Entity;
        var list = products(shop.Id).ToList();
        db.Products.AddRange(list);
        await db.SaveChangesAsync();
        return new SeededShop(shop.Id, name, slug, list);
    }

    /// <summary>
    /// <paramref name="count"/> products with few distinct prices and creation times, so that many share both
    /// and only the id tells them apart; every seventh is sold out, every third has a photo.
    /// </summary>
    public static IEnumerable<Product> ManyProducts(Guid shopId, int count)
    {
        var start = DateTimeOffset.UtcNow.AddDays(-30);
        for (var i = 0; i < count; i++)
        {
            var price = Money.FromPaise(1_000 + (i % 23) * 2_550);
            var product = new Product(shopId, $"Product {i:D4}", price, start.AddMinutes(i / 10));
            if (i % 3 == 0)
            {
                product.SetPhoto($"{i:x8}{new string('a', 56)}", start);
            }

            if (i % 7 == 0)
            {
                product.MarkSoldOut(true, start);
            }

            yield return product;
        }
    }
}
