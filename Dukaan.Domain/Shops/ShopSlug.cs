namespace Dukaan.Domain.Shops;

/// <summary>Turns a shop name into the path segment of its link.</summary>
public static class ShopSlug
{
    public const int MaxLength = 48;

    // TODO(#2): transliterate Devanagari, refuse route words, fall back for emoji-only names.
    public static string FromName(string name)
    {
        var chars = name.Trim().ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray();
        var slug = string.Join('-', new string(chars).Split('-', StringSplitOptions.RemoveEmptyEntries));
        return slug.Length == 0 ? "shop" : slug;
    }
}
