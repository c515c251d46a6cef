using Dukaan.Domain.Catalog;

namespace Dukaan.Web.Sellers;

/// <summary>
/// One product as the seller sees it in the list and in the edit form. <see cref="Stock"/> is null when the shop
/// does not count this product's stock.
/// </summary>
public sealed record ProductRow(Guid Id, string Name, Money Price, string? PhotoHash, bool SoldOut, int? Stock = null)
{
    /// <summary>Customers cannot order it: marked sold out, or counted stock has run out.</summary>
    public bool ShowsSoldOut => SoldOut || Stock == 0;
}
