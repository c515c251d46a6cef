using Dukaan.Web.Ordering;

namespace Dukaan.Web.Checkout;

/// <summary>Paths of the customer's pages after the shop: cart, checkout, order.</summary>
public static class CheckoutLinks
{
    public const string ScriptPath = "/assets/cart.js";

    public static string Cart(string slug) => $"/{slug}/cart";

    public static string Quote(string slug) => $"/{slug}/cart/quote";

    public static string Checkout(string slug) => $"/{slug}/checkout";

    public static string Checkout(string slug, IEnumerable<CartLine> lines) =>
        $"/{slug}/checkout?{CartItems.QueryName}={Uri.EscapeDataString(CartItems.Format(lines))}";

    public static string Order(string token) => $"/o/{token}";

    public static string UpiQr(string token) => $"/o/{token}/upi-qr.png";
}
