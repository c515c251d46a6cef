using System.Globalization;

namespace Dukaan.Web.Storefront;

/// <summary>
/// Where the next page starts: the sort key and id of the last product shown, written in links as
/// <c>?after={key}.{id}</c>. The key is the price in paise, or the creation time in UTC ticks for "newest".
/// </summary>
public readonly record struct StorefrontCursor(long Key, Guid Id)
{
    public override string ToString() => Key.ToString(CultureInfo.InvariantCulture) + "." + Id.ToString("N");

    /// <summary>Reads a cursor from a link; anything malformed means "from the start".</summary>
    public static StorefrontCursor? Parse(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        var dot = value.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0
            || !long.TryParse(value.AsSpan(0, dot), NumberStyles.None, CultureInfo.InvariantCulture, out var key)
            || !Guid.TryParseExact(value.AsSpan(dot + 1), "N", out var id)
            || key > DateTimeOffset.MaxValue.UtcTicks)
        {
            return null;
        }

        return new StorefrontCursor(key, id);
    }
}
