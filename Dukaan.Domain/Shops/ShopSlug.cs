using System.Globalization;
using System.Text;
using AnyAscii;

namespace Dukaan.Domain.Shops;

/// <summary>
/// Turns a shop name into the path segment of its link: lower-case Latin letters, digits and single hyphens.
/// Other scripts are transliterated (<c>राम किराना</c> becomes <c>ram-kirana</c>); a name with nothing readable
/// left (emoji only) gets <see cref="Fallback"/>; route words are never slugs.
/// </summary>
public static class ShopSlug
{
    public const int MaxLength = 48;

    /// <summary>The slug of a name with no letters or digits.</summary>
    public const string Fallback = "shop";

    /// <summary>
    /// First path segments the app uses for itself; a shop can never be reached at one of these.
    /// </summary>
    public static IReadOnlySet<string> Reserved { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "seller", "sellers", "admin", "api", "o", "p", "s", "order", "orders", "cart", "checkout",
        "healthz", "readyz", "_blazor", "_framework", "_content", "assets", "media", "photos", "static",
        "not-found", "error", "favicon.ico", "robots.txt", "sitemap.xml", "manifest.webmanifest",
        "sign-in", "sign-out", "login", "logout", "account", "help", "support", "about", "terms", "privacy",
        "www", "dukaan",
    };

    public static bool IsReserved(string slug) => Reserved.Contains(slug);

    /// <summary>The base slug for a name; never empty and never a reserved word.</summary>
    public static string FromName(string name)
    {
        var latin = Readable(name.Normalize(NormalizationForm.FormC)).Transliterate();
        var slug = Hyphenate(latin);
        slug = Trim(slug, MaxLength);
        if (slug.Length == 0)
        {
            return Fallback;
        }

        return IsReserved(slug) ? Trim(slug, MaxLength - Fallback.Length - 1) + "-" + Fallback : slug;
    }

    /// <summary><c>ram-kirana</c> with 1 is itself; with 2 it is <c>ram-kirana-2</c>, kept within the limit.</summary>
    public static string WithSuffix(string slug, int number)
    {
        if (number <= 1)
        {
            return slug;
        }

        var suffix = "-" + number.ToString(CultureInfo.InvariantCulture);
        return Trim(slug, MaxLength - suffix.Length) + suffix;
    }

    // Keeps letters, marks and digits; everything else (emoji, symbols, punctuation) becomes a space, because
    // the transliteration would otherwise spell emoji out as words.
    private static string Readable(string name)
    {
        var text = new StringBuilder(name.Length);
        foreach (var rune in name.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            var keep = Rune.IsLetterOrDigit(rune)
                || category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
            text.Append(keep ? rune.ToString() : " ");
        }

        return text.ToString();
    }

    private static string Hyphenate(string latin)
    {
        var text = new StringBuilder(latin.Length);
        foreach (var c in latin.ToLowerInvariant())
        {
            text.Append(char.IsAsciiLetterOrDigit(c) ? c : '-');
        }

        return string.Join('-', text.ToString().Split('-', StringSplitOptions.RemoveEmptyEntries));
    }

    private static string Trim(string slug, int length) =>
        slug.Length <= length ? slug : slug[..length].TrimEnd('-');
}
