using Dukaan.Domain.Ordering;
using Dukaan.Web.Ordering;

namespace Dukaan.Web.Checkout;

/// <summary>The checkout form as typed, kept whole so a refused form comes back with everything in it.</summary>
public sealed record CheckoutForm
{
    public const string KeyField = "key";

    public const string ExpectedTotalField = "expected";

    public string Name { get; init; } = "";

    public string Phone { get; init; } = "";

    public string Address { get; init; } = "";

    public string Pincode { get; init; } = "";

    public string Note { get; init; } = "";

    /// <summary>A <see cref="PaymentChoice"/> value, or empty when nothing was chosen.</summary>
    public string Payment { get; init; } = "";

    /// <summary>Generated when the form is first shown; every resubmission of it carries the same key.</summary>
    public string IdempotencyKey { get; init; } = "";

    public IReadOnlyList<CartLine> Lines { get; init; } = [];

    /// <summary>The total in paise the form showed; null when the post did not carry one.</summary>
    public long? ExpectedTotalPaise { get; init; }

    /// <summary>A fresh form for a cart; a shop with one way to pay has it chosen already.</summary>
    public static CheckoutForm New(IReadOnlyList<CartLine> lines, CheckoutShop shop) => new()
    {
        Lines = lines,
        Payment = shop.Payments.Count == 1 ? PaymentChoice.Format(shop.Payments[0]) : "",
        IdempotencyKey = Guid.NewGuid().ToString("N"),
    };

    public static CheckoutForm Read(IFormCollection form) => new()
    {
        Name = form[CheckoutFields.Name].ToString(),
        Phone = form[CheckoutFields.Phone].ToString(),
        Address = form[CheckoutFields.Address].ToString(),
        Pincode = form[CheckoutFields.Pincode].ToString(),
        Note = form[CheckoutFields.Note].ToString(),
        Payment = form[CheckoutFields.Payment].ToString(),
        IdempotencyKey = form[KeyField].ToString(),
        Lines = CartItems.Parse(form[CartItems.FieldName]),
        ExpectedTotalPaise = long.TryParse(form[ExpectedTotalField].ToString(), out var paise) ? paise : null,
    };

    public PlaceOrderRequest ToRequest(string slug) => new()
    {
        ShopSlug = slug,
        Lines = Lines,
        CustomerName = Name,
        Phone = Phone,
        Address = Address,
        Pincode = Pincode,
        Note = Note,
        Payment = PaymentChoice.Parse(Payment),
        IdempotencyKey = IdempotencyKey,
        ExpectedTotalPaise = ExpectedTotalPaise,
    };
}
