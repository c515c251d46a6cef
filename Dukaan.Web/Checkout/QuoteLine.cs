using Dukaan.Domain.Catalog;

namespace Dukaan.Web.Checkout;

/// <summary>One cart line priced at the shop's current price, with what is left when the shop counts stock.</summary>
public sealed record QuoteLine(Guid ProductId, string Name, Money UnitPrice, int Quantity, bool SoldOut, int? Left)
{
    public Money LineTotal => UnitPrice * Quantity;

    /// <summary>Why this line cannot be ordered as it is, in the customer's words; null when it can.</summary>
    public string? Problem => SoldOut || Left == 0
        ? "Sold out"
        : Left < Quantity ? $"Only {Left} left" : null;
}
