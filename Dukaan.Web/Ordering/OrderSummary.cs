using Dukaan.Domain.Catalog;
using Dukaan.Domain.Ordering;

namespace Dukaan.Web.Ordering;

/// <summary>One row of the seller's order list.</summary>
public sealed record OrderSummary(
    Guid Id,
    int Number,
    string CustomerName,
    long TotalPaise,
    int Items,
    OrderStatus Status,
    PaymentMethod PaymentMethod,
    PaymentState PaymentState,
    DateTimeOffset CreatedAt)
{
    public string DisplayNumber => "#" + Number.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public Money Total => Money.FromPaise(TotalPaise);
}
