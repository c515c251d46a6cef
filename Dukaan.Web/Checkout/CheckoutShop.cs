using Dukaan.Domain.Catalog;
using Dukaan.Domain.Ordering;

namespace Dukaan.Web.Checkout;

/// <summary>What the cart and checkout pages need to know about the shop: its name and how it takes orders.</summary>
public sealed record CheckoutShop(
    Guid Id,
    string Name,
    string Slug,
    bool AcceptsCashOnDelivery,
    bool AcceptsUpi,
    long DeliveryFlatPaise,
    long? DeliveryFreeFromPaise)
{
    public DeliveryPolicy Delivery => new(
        Money.FromPaise(DeliveryFlatPaise),
        DeliveryFreeFromPaise is { } freeFrom ? Money.FromPaise(freeFrom) : null);

    /// <summary>The ways to pay this shop offers, cash first.</summary>
    public IReadOnlyList<PaymentMethod> Payments =>
    [
        .. AcceptsCashOnDelivery ? [PaymentMethod.CashOnDelivery] : Array.Empty<PaymentMethod>(),
        .. AcceptsUpi ? [PaymentMethod.Upi] : Array.Empty<PaymentMethod>(),
    ];
}
