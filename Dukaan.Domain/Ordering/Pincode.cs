namespace Dukaan.Domain.Ordering;

/// <summary>An Indian postal code: six digits, the first not zero.</summary>
public static class Pincode
{
    public static bool TryNormalise(string? input, out string pincode, out string error)
    {
        var digits = (input ?? "").Replace(" ", "", StringComparison.Ordinal).Trim();
        if (digits.Length != 6 || !digits.All(char.IsAsciiDigit) || digits[0] == '0')
        {
            pincode = "";
            error = "Enter the 6-digit pincode of the delivery address.";
            return false;
        }

        pincode = digits;
        error = "";
        return true;
    }
}
