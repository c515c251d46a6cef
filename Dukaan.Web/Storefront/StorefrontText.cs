using System.Globalization;
using Dukaan.Domain.Catalog;

namespace Dukaan.Web.Storefront;

/// <summary>Words the storefront shows and sends to link previews.</summary>
public static class StorefrontText
{
    /// <summary>The first letter (grapheme) of a name, for the placeholder of a product with no photo.</summary>
    public static string Initial(string name)
    {
        var trimmed = name.Trim();
        return trimmed.Length == 0 ? "?" : StringInfo.GetNextTextElement(trimmed).ToUpperInvariant();
    }

    public static string ProductCount(int count) =>
        count == 1 ? "1 product" : count.ToString("#,##,##0", CultureInfo.GetCultureInfo("en-IN")) + " products";

    public static string ShopDescription(string shopName, int productCount) =>
        $"{ProductCount(productCount)} at {shopName}. Browse and order on your phone.";

    /// <summary>The link-preview line of a product, for example <c>₹285 at Ram Kirana Store</c>.</summary>
    public static string ProductDescription(long pricePaise, string shopName, bool soldOut) =>
        $"{Money.FromPaise(pricePaise)} at {shopName}" + (soldOut ? " (sold out)" : "");
}
