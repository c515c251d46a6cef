namespace Dukaan.Data.Queries;

/// <summary>One product as the storefront grid shows it.</summary>
public sealed record StorefrontProduct(
    Guid Id,
    string Name,
    long PricePaise,
    string? PhotoHash,
    bool SoldOut,
    DateTimeOffset CreatedAt);
