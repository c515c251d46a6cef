namespace Dukaan.Tests.Web.Ordering;

/// <summary>What <see cref="OrderingFixture.SeedShopAsync"/> created.</summary>
public sealed record SeededShop(Guid SellerId, string SellerPhone, Guid ShopId, string Slug,
    IReadOnlyList<Guid> Products);
