using Dukaan.Domain.Identity;
using Dukaan.Domain.Text;

namespace Dukaan.Domain.Ordering;

/// <summary>Who receives an order and where: all a small shop needs, no email and no account.</summary>
public sealed record CustomerDetails(string Name, PhoneNumber Phone, string Address, string Pincode, string? Note)
{
    /// <summary>
    /// Reads the checkout form. On failure <paramref name="errors"/> holds one message per field
    /// (keys from <see cref="CheckoutFields"/>), in the customer's words.
    /// </summary>
    public static bool TryCreate(
        string? name,
        string? phone,
        string? address,
        string? pincode,
        string? note,
        out CustomerDetails? details,
        out Dictionary<string, string> errors)
    {
        details = null;
        errors = [];

        var cleanName = TypedText.CleanLine(name);
        if (!TypedText.HasVisible(cleanName))
        {
            errors[CheckoutFields.Name] = "Enter your name.";
        }
        else if (TypedText.Length(cleanName) > OrderLimits.MaxNameLength)
        {
            errors[CheckoutFields.Name] = $"A name has at most {OrderLimits.MaxNameLength} letters.";
        }

        if (!PhoneNumber.TryParse(phone?.Trim(), out var parsedPhone, out var phoneError))
        {
            errors[CheckoutFields.Phone] = phoneError;
        }

        var cleanAddress = TypedText.CleanLines(address);
        if (!TypedText.HasVisible(cleanAddress))
        {
            errors[CheckoutFields.Address] = "Enter the delivery address: house, street and area.";
        }
        else if (TypedText.Length(cleanAddress) > OrderLimits.MaxAddressLength)
        {
            errors[CheckoutFields.Address] = $"Keep the address under {OrderLimits.MaxAddressLength} letters.";
        }

        if (!Ordering.Pincode.TryNormalise(pincode, out var cleanPincode, out var pincodeError))
        {
            errors[CheckoutFields.Pincode] = pincodeError;
        }

        var cleanNote = TypedText.CleanLines(note);
        if (TypedText.Length(cleanNote) > OrderLimits.MaxNoteLength)
        {
            errors[CheckoutFields.Note] = $"Keep the note under {OrderLimits.MaxNoteLength} letters.";
        }

        if (errors.Count > 0)
        {
            return false;
        }

        details = new CustomerDetails(cleanName, parsedPhone, cleanAddress, cleanPincode,
            TypedText.HasVisible(cleanNote) ? cleanNote : null);
        return true;
    }
}
