using Dukaan.Domain.Text;

namespace Dukaan.Domain.Shops;

/// <summary>The rules for a shop's display name.</summary>
public static class ShopName
{
    public const int MaxLength = 80;

    /// <summary>
    /// Cleans the name (<see cref="TypedText.CleanLine"/>: NFC, no invisible characters, white space folded), so
    /// that names typed on different keyboards compare equal. On failure <paramref name="error"/> says what is wrong.
    /// </summary>
    public static bool TryNormalise(string? input, out string name, out string error)
    {
        name = TypedText.CleanLine(input);
        error = "";
        if (!TypedText.HasVisible(name))
        {
            error = "Enter a name for your shop.";
            return false;
        }

        if (TypedText.Length(name) > MaxLength)
        {
            error = $"Keep the shop name to {MaxLength} characters or fewer.";
            return false;
        }

        return true;
    }
}
