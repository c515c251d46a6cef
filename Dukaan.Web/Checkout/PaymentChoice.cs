using Dukaan.Domain.Ordering;

namespace Dukaan.Web.Checkout;

/// <summary>The values of the checkout form's payment radio buttons.</summary>
public static class PaymentChoice
{
    public const string CashOnDelivery = "cod";
    public const string Upi = "upi";

    public static string Format(PaymentMethod method) => method == PaymentMethod.Upi ? Upi : CashOnDelivery;

    public static PaymentMethod? Parse(string? value) => value switch
    {
        CashOnDelivery => PaymentMethod.CashOnDelivery,
        Upi => PaymentMethod.Upi,
        _ => null,
    };

    /// <summary>The label a customer reads beside the radio button.</summary>
    public static string Label(PaymentMethod method) => method switch
    {
        PaymentMethod.Upi => "UPI (Google Pay, PhonePe, Paytm…), pay after ordering",
        _ => "Cash on delivery",
    };
}
