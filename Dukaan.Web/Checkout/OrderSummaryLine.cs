using Dukaan.Domain.Catalog;

namespace Dukaan.Web.Checkout;

/// <summary>One row of an order summary, before ordering (with a stock problem) or after.</summary>
public sealed record OrderSummaryLine(string Name, Money UnitPrice, int Quantity, string? Problem = null)
{
    public Money LineTotal => UnitPrice * Quantity;
}
