namespace Dukaan.Domain.Ordering;

/// <summary>An Indian postal code: six digits, the first not zero.</summary>
public static class Pincode
{
    public static bool TryNormalise(string? input, out string pincode, out string error)
    {
        var digits = new string(Text.TypedText.AsciiDigits(input).Where(c => c is not (' ' or '-')).ToArray());
        if (digits.Length != 6 || !digits.All(char.IsAsciiDigit))
        {
            pincode = "";
            error = "Enter the 6-digit pincode of the delivery address.";
            return false;
        }

        if (digits[0] == '0')
        {
            pincode = "";
            error = "Indian pincodes do not start with 0. Check the pincode of the delivery address.";
            return false;
        }

        pincode = digits;
        error = "";
        return true;
    }
}
