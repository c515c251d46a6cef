using Dukaan.Domain.Catalog;
using Dukaan.Domain.Ordering;

namespace Dukaan.Web.Ordering;

/// <summary>
/// Everything the customer's order page (<c>/o/{token}</c>) shows: the order and the shop it is from.
/// </summary>
public sealed record CustomerOrderView(Order Order, string ShopName, string ShopSlug, string ShopPhone,
    string? ShopUpiId)
{
    /// <summary>The <c>upi://pay</c> link while the order awaits a UPI payment; null otherwise.</summary>
    public string? UpiPayLinkOrNull =>
        Order.AwaitsPayment
        && UpiId.TryParse(Order.UpiPayee ?? ShopUpiId, out var upi, out _)
            ? UpiPayLink.For(upi, ShopName, Money.FromPaise(Order.TotalPaise), Order.DisplayNumber)
            : null;

    /// <summary>"Send order to shop on WhatsApp": a wa.me link to the shop with the order typed in.</summary>
    public string WhatsAppToShop(string? orderUrl = null) =>
        WhatsAppLink.To(ShopPhone, OrderMessages.ToShop(Order, ShopName, orderUrl));
}
