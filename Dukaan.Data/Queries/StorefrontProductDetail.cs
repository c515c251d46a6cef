namespace Dukaan.Data.Queries;

/// <summary>One product with its shop, for the product page; photo size is 0 x 0 when unknown.</summary>
public sealed record StorefrontProductDetail(
    Guid ShopId,
    string ShopName,
    string ShopSlug,
    Guid Id,
    string Name,
    long PricePaise,
    string? PhotoHash,
    int PhotoWidth,
    int PhotoHeight,
    bool SoldOut);
