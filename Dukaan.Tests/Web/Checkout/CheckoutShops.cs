using Dukaan.Domain.Catalog;
using Dukaan.Domain.Ordering;
using Dukaan.Domain.Shops;
using Dukaan.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Dukaan.Tests.Web.Checkout;

/// <summary>Shops for checkout tests: products with optional stock, then the shop's order settings.</summary>
internal static class CheckoutShops
{
    public static readonly DeliveryPolicy FortyUnderFiveHundred = new(Money.FromRupees(40), Money.FromRupees(500));

    public static async Task<SeededShop> SeedAsync(
        DukaanWebFactory app,
        Action<Shop>? configure,
        params (string Name, decimal Price, int? Stock)[] products)
    {
        var now = DateTimeOffset.UtcNow;
        var seeded = await StoreSeeder.SeedShopAsync(app.Database.Writes, "Gupta Provisions",
            StoreSeeder.UniqueSlug("gupta"), shopId => products.Select((p, i) =>
            {
                var product = new Product(shopId, p.Name, Money.FromRupees(p.Price), now.AddMinutes(-i));
                product.SetStock(p.Stock, now);
                return product;
            }));

        await using var db = await app.Database.Writes.CreateDbContextAsync();
        var shop = await db.Shops.SingleAsync(s => s.Id == seeded.Id);
        configure?.Invoke(shop);
        await db.SaveChangesAsync();
        return seeded;
    }

    public static Action<Shop> CashOnly(DeliveryPolicy delivery) =>
        shop => shop.SetOrderSettings(true, null, delivery, false, DateTimeOffset.UtcNow);

    public static Action<Shop> UpiOnly(string upiId) => shop =>
    {
        UpiId.TryParse(upiId, out var upi, out _);
        shop.SetOrderSettings(false, upi, DeliveryPolicy.Free, false, DateTimeOffset.UtcNow);
    };

    public static async Task<int> OrderCountAsync(DukaanWebFactory app, Guid shopId)
    {
        await using var db = await app.Database.Writes.CreateDbContextAsync();
        return await db.Orders.CountAsync(o => o.ShopId == shopId);
    }
}
