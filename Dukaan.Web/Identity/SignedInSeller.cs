namespace Dukaan.Web.Identity;

/// <summary>A seller who just proved their phone; <see cref="ShopSlug"/> is null until they create a shop.</summary>
public sealed record SignedInSeller(Guid Id, string Phone, string? ShopSlug);
