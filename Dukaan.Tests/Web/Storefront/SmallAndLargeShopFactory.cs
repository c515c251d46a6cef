using Dukaan.Tests.Support;

namespace Dukaan.Tests.Web.Storefront;

/// <summary>The storefront rendering every request, with a 15-product and a 2,000-product shop.</summary>
public sealed class SmallAndLargeShopFactory : UncachedStorefrontWebFactory
{
    public SeededShop Small { get; private set; } = default!;

    public SeededShop Large { get; private set; } = default!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Small = await StoreSeeder.SeedShopAsync(
            Database.Writes, "Chhota Kirana", StoreSeeder.UniqueSlug("chhota"), id => StoreSeeder.ManyProducts(id, 15));
        Large = await StoreSeeder.SeedShopAsync(
            Database.Writes, "Bada Bazaar", StoreSeeder.UniqueSlug("bada"), id => StoreSeeder.ManyProducts(id, 2_000));
    }
}
