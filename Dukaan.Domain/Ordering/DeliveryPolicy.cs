using Dukaan.Domain.Catalog;

namespace Dukaan.Domain.Ordering;

/// <summary>
/// A shop's delivery charge: a flat amount, waived for orders whose goods come to
/// <see cref="FreeFrom"/> or more. No threshold: the charge always applies.
/// </summary>
public sealed record DeliveryPolicy(Money Flat, Money? FreeFrom)
{
    public static DeliveryPolicy Free { get; } = new(Money.Zero, null);

    public Money ChargeFor(Money subtotal)
    {
        if (Flat.Paise == 0)
        {
            return Money.Zero;
        }

        return FreeFrom is { } threshold && subtotal.Paise >= threshold.Paise ? Money.Zero : Flat;
    }

    /// <summary>One line for the cart and checkout, e.g. "Delivery ₹40, free on orders of ₹500 or more".</summary>
    public string Describe()
    {
        if (Flat.Paise == 0)
        {
            return "Free delivery";
        }

        return FreeFrom is { } threshold
            ? $"Delivery {Flat}, free on orders of {threshold} or more"
            : $"Delivery {Flat}";
    }
}
