namespace Dukaan.Data.Queries;

/// <summary>What a storefront page shows about the shop itself.</summary>
public sealed record StorefrontShop(Guid Id, string Name, string Slug, int ProductCount);
