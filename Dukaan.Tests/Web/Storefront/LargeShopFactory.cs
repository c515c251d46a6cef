using Dukaan.Tests.Support;

namespace Dukaan.Tests.Web.Storefront;

/// <summary>The cached storefront with one 2,000-product shop full of equal prices and creation times.</summary>
public sealed class LargeShopFactory : StorefrontWebFactory
{
    public SeededShop Shop { get; private set; } = default!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Shop = await StoreSeeder.SeedShopAsync(
            Database.Writes, "Bada Bazaar", StoreSeeder.UniqueSlug("bada-bazaar"),
            id => StoreSeeder.ManyProducts(id, 2_000));
    }
}
