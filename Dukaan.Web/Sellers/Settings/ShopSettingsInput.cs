using System.Globalization;
using Dukaan.Domain.Catalog;
using Dukaan.Domain.Ordering;

namespace Dukaan.Web.Sellers.Settings;

/// <summary>
/// The shop settings form as the seller typed it. <see cref="TryRead"/> checks every field at once and says what is
/// wrong in the seller's words, keyed by <see cref="ShopSettingsFields"/>.
/// </summary>
public sealed record ShopSettingsInput
{
    public bool CashOnDelivery { get; init; } = true;

    public bool Upi { get; init; }

    public string? UpiId { get; init; }

    /// <summary>Rupees; empty or 0 is free delivery.</summary>
    public string? DeliveryCharge { get; init; }

    /// <summary>Rupees; empty means the charge always applies.</summary>
    public string? FreeFrom { get; init; }

    public bool AutoAccept { get; init; }

    public bool TryRead(out ShopSettings settings, out IReadOnlyDictionary<string, string> errors)
    {
        var found = new Dictionary<string, string>();
        if (!CashOnDelivery && !Upi)
        {
            found[ShopSettingsFields.Payment] = "Choose at least one way to be paid: cash on delivery, UPI or both.";
        }

        UpiId? upi = null;
        if (Upi)
        {
            if (Domain.Ordering.UpiId.TryParse(UpiId, out var parsed, out var upiError))
            {
                upi = parsed;
            }
            else
            {
                found[ShopSettingsFields.UpiId] = upiError;
            }
        }

        var flat = ReadCharge(found);
        var freeFrom = ReadFreeFrom(found);
        errors = found;
        settings = new ShopSettings(CashOnDelivery, upi, new DeliveryPolicy(flat, freeFrom), AutoAccept);
        return found.Count == 0;
    }

    /// <summary>The form filled in with what the shop has now.</summary>
    public static ShopSettingsInput From(ShopSettings settings) => new()
    {
        CashOnDelivery = settings.CashOnDelivery,
        Upi = settings.UpiId is not null,
        UpiId = settings.UpiId?.Value,
        DeliveryCharge = Rupees(settings.Delivery.Flat),
        FreeFrom = settings.Delivery.FreeFrom is { } from ? Rupees(from) : null,
        AutoAccept = settings.AutoAccept,
    };

    private Money ReadCharge(Dictionary<string, string> errors)
    {
        if (string.IsNullOrWhiteSpace(DeliveryCharge))
        {
            return Money.Zero;
        }

        if (PriceInput.TryParse(DeliveryCharge, out var charge, out var error))
        {
            return charge;
        }

        // ₹0 is a fine delivery charge; PriceInput refuses it because a product cannot be free.
        if (error == PriceMessages.Zero)
        {
            return Money.Zero;
        }

        errors[ShopSettingsFields.DeliveryCharge] = error switch
        {
            PriceMessages.Blank => "Enter the delivery charge in rupees, for example 40, or 0 for free delivery.",
            PriceMessages.Negative => "A delivery charge can't be negative. Enter 0 for free delivery.",
            _ when error == PriceMessages.TooHigh(PriceInput.MaxPrice) =>
                "That delivery charge is too high. Enter the amount in rupees, for example 40.",
            _ => error,
        };
        return Money.Zero;
    }

    private Money? ReadFreeFrom(Dictionary<string, string> errors)
    {
        if (string.IsNullOrWhiteSpace(FreeFrom))
        {
            return null;
        }

        if (PriceInput.TryParse(FreeFrom, out var threshold, out var error))
        {
            return threshold;
        }

        errors[ShopSettingsFields.FreeFrom] = error == PriceMessages.Zero
            ? "Free delivery must start above ₹0. Leave it empty if delivery is never free."
            : error;
        return null;
    }

    private static string Rupees(Money amount) => amount.Rupees.ToString("0.##", CultureInfo.InvariantCulture);
}
