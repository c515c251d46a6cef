using Dukaan.Domain.Catalog;

namespace Dukaan.Web.Checkout;

/// <summary>
/// A cart priced by the server: the lines at current prices, the delivery charge by the shop's rule and the
/// total, exactly as placing the order would compute them. <see cref="Missing"/> are products no longer sold.
/// </summary>
public sealed record CartQuote(CheckoutShop Shop, IReadOnlyList<QuoteLine> Lines, IReadOnlyList<Guid> Missing)
{
    public Money Subtotal => Lines.Aggregate(Money.Zero, (sum, line) => sum + line.LineTotal);

    public Money DeliveryCharge => Shop.Delivery.ChargeFor(Subtotal);

    public Money Total => Subtotal + DeliveryCharge;

    public bool IsEmpty => Lines.Count == 0;
}
