using Dukaan.Domain.Ordering;
using Dukaan.Web.Ordering;

namespace Dukaan.Tests.Web.Ordering;

/// <summary>Builds valid checkout submissions; tests change only what they are about.</summary>
public static class Checkout
{
    public static PlaceOrderRequest For(string slug, params (Guid ProductId, int Quantity)[] lines) => new()
    {
        ShopSlug = slug,
        Lines = lines.Select(l => new CartLine(l.ProductId, l.Quantity)).ToList(),
        CustomerName = "Sunita Sharma",
        Phone = "+919812345678",
        Address = "12 MG Road, Indiranagar",
        Pincode = "560038",
        Note = null,
        Payment = PaymentMethod.CashOnDelivery,
        IdempotencyKey = Guid.NewGuid().ToString(),
    };
}
