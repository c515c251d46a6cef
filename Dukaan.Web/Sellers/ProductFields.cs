using System.Globalization;
using Dukaan.Domain.Catalog;
using Dukaan.Domain.Text;

namespace Dukaan.Web.Sellers;

/// <summary>Checks what a seller typed into the product form, with messages in the seller's words.</summary>
public static class ProductFields
{
    public static bool TryReadName(string? input, out string name, out string error)
    {
        name = TypedText.CleanLine(input);
        error = "";
        if (!TypedText.HasVisible(name))
        {
            error = "Enter the product name.";
            return false;
        }

        var length = TypedText.Length(name);
        if (length > Product.MaxNameLength)
        {
            error = $"A product name can have at most {Product.MaxNameLength} characters (this one has {length}).";
            return false;
        }

        return true;
    }

    /// <summary>The most units one product may count; more is almost certainly a typing slip.</summary>
    public const int MaxStock = 1_00_000;

    /// <summary>
    /// Reads the optional stock count: empty means the shop does not count it; otherwise a whole number from 0.
    /// </summary>
    public static bool TryReadStock(string? input, out int? stock, out string error)
    {
        stock = null;
        error = "";
        var text = (input ?? "").Trim().Replace(",", "", StringComparison.Ordinal);
        if (text.Length == 0)
        {
            return true;
        }

        if (text[0] is '-' or '−')
        {
            error = "Stock can't be negative. Enter how many you have, or 0 if none are left.";
            return false;
        }

        if (!text.All(char.IsAsciiDigit))
        {
            error = "Enter stock as a whole number, for example 12, or leave it empty if you don't count it.";
            return false;
        }

        if (text.TrimStart('0').Length > 6 || int.Parse(text, CultureInfo.InvariantCulture) > MaxStock)
        {
            error = "The most stock one product can count is 1,00,000. Please check the number of zeros.";
            return false;
        }

        stock = int.Parse(text, CultureInfo.InvariantCulture);
        return true;
    }
}
