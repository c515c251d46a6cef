namespace Dukaan.Web.Sellers;

/// <summary>The signed-in seller's shop, as the seller pages need it.</summary>
public sealed record SellerShop(Guid Id, string Name, string Slug);
