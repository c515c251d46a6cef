using System.Globalization;
using Dukaan.Domain.Ordering;
using Dukaan.Web.Ordering;

namespace Dukaan.Web.Checkout;

/// <summary>
/// The cart as it travels in links and hidden fields: <c>{productId}:{quantity}</c> items, comma-separated, for
/// example <c>items=3f2a...:2,9b1c...:1</c>. Only ids and counts: prices are always read again on the server.
/// </summary>
public static class CartItems
{
    public const string QueryName = "items";
    public const string FieldName = "line";

    /// <summary>
    /// Reads items, skipping malformed ones, merging repeats and keeping each count between 1 and
    /// <see cref="OrderLimits.MaxQuantity"/>; at most <see cref="OrderLimits.MaxLines"/> products.
    /// </summary>
    public static IReadOnlyList<CartLine> Parse(IEnumerable<string?> values)
    {
        var quantities = new Dictionary<Guid, int>();
        foreach (var value in values)
        {
            foreach (var item in (value ?? "").Split(',', StringSplitOptions.TrimEntries))
            {
                if (TryParseItem(item, out var id, out var quantity)
                    && (quantities.ContainsKey(id) || quantities.Count < OrderLimits.MaxLines))
                {
                    quantities[id] = Math.Clamp(quantities.GetValueOrDefault(id) + quantity, 1,
                        OrderLimits.MaxQuantity);
                }
            }
        }

        return quantities.Select(q => new CartLine(q.Key, q.Value)).ToList();
    }

    public static string Format(CartLine line) =>
        line.ProductId.ToString("N") + ":" + line.Quantity.ToString(CultureInfo.InvariantCulture);

    public static string Format(IEnumerable<CartLine> lines) => string.Join(',', lines.Select(Format));

    private static bool TryParseItem(string item, out Guid id, out int quantity)
    {
        id = Guid.Empty;
        quantity = 0;
        var colon = item.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || !Guid.TryParse(item.AsSpan(0, colon), out id))
        {
            return false;
        }

        return int.TryParse(item.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out quantity)
            && quantity > 0;
    }
}
