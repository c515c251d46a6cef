using Dukaan.Domain.Ordering;

namespace Dukaan.Web.Ordering;

/// <summary>The checks a submission passes before the database is asked anything.</summary>
internal static class CheckoutValidation
{
    /// <summary>
    /// Merges repeated products; adds a cart message to <paramref name="errors"/> when the cart is bad.
    /// </summary>
    public static IReadOnlyList<CartLine> Cart(IReadOnlyList<CartLine>? lines, Dictionary<string, string> errors)
    {
        if (lines is null || lines.Count == 0)
        {
            errors[CheckoutFields.Cart] = "Your cart is empty. Add something from the shop first.";
            return [];
        }

        var merged = lines
            .GroupBy(l => l.ProductId)
            .Select(g => new CartLine(g.Key, g.Sum(l => Math.Max(l.Quantity, 0))))
            .ToList();
        if (lines.Any(l => l.Quantity < 1) || merged.Any(l => l.Quantity > OrderLimits.MaxQuantity))
        {
            errors[CheckoutFields.Cart] = $"Choose between 1 and {OrderLimits.MaxQuantity} of each item.";
        }
        else if (merged.Count > OrderLimits.MaxLines)
        {
            errors[CheckoutFields.Cart] = $"An order holds at most {OrderLimits.MaxLines} different items.";
        }

        return merged;
    }

    public static bool IsIdempotencyKey(string? key) =>
        key is { Length: >= 8 and <= OrderLimits.MaxIdempotencyKeyLength }
        && key.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    /// <summary>The payment message, or null when the shop takes <paramref name="payment"/>.</summary>
    public static string? Payment(PaymentMethod? payment, bool acceptsCash, bool acceptsUpi) => payment switch
    {
        null => "Choose how you will pay.",
        PaymentMethod.CashOnDelivery when !acceptsCash => "This shop does not take cash on delivery. Pay by UPI.",
        PaymentMethod.Upi when !acceptsUpi => "This shop does not take UPI payments. Choose cash on delivery.",
        PaymentMethod.CashOnDelivery or PaymentMethod.Upi => null,
        _ => "Choose how you will pay.",
    };
}
