using System.Text;

namespace Dukaan.Domain.Shops;

/// <summary>The rules for a shop's display name.</summary>
public static class ShopName
{
    public const int MaxLength = 80;

    /// <summary>
    /// Trims the name, folds runs of white space into one space and NFC-normalises it, so that names typed on
    /// different keyboards compare equal. On failure <paramref name="error"/> says what is wrong.
    /// </summary>
    public static bool TryNormalise(string? input, out string name, out string error)
    {
        name = string.Join(' ', (input ?? "").Normalize(NormalizationForm.FormC)
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        error = "";
        if (name.Length == 0)
        {
            error = "Enter a name for your shop.";
            return false;
        }

        if (name.Length > MaxLength)
        {
            error = $"Keep the shop name to {MaxLength} characters or fewer.";
            return false;
        }

        return true;
    }
}
