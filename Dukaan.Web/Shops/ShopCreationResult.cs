namespace Dukaan.Web.Shops;

/// <summary>
/// The outcome of creating a shop: its slug when <see cref="Created"/> (or when the seller already had one),
/// otherwise a message for the seller.
/// </summary>
public sealed record ShopCreationResult(bool Created, string? Slug, string Message)
{
    public bool HasShop => Slug is not null;
}
