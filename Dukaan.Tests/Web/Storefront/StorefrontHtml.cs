using System.Net;
using System.Text.RegularExpressions;

namespace Dukaan.Tests.Web.Storefront;

/// <summary>Reads what the tests need out of storefront HTML.</summary>
internal static partial class StorefrontHtml
{
    /// <summary>Product ids in grid order, from the product links.</summary>
    public static List<Guid> ProductIds(string html) =>
        ProductLink().Matches(html).Select(m => Guid.ParseExact(m.Groups[1].Value, "N")).ToList();

    /// <summary>The "Next page" link, decoded, or null on the last page.</summary>
    public static string? NextLink(string html)
    {
        var match = NextPage().Match(html);
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : null;
    }

    /// <summary>The raw (still encoded) content of <c>&lt;meta property="..."&gt;</c>.</summary>
    public static string? Meta(string html, string property)
    {
        var match = Regex.Match(html, $"<meta property=\"{Regex.Escape(property)}\" content=\"([^\"]*)\"");
        return match.Success ? match.Groups[1].Value : null;
    }

    /// <summary>The page without its one allowed script, the browser-side cart (loaded with defer).</summary>
    public static string WithoutCartScript(string html) =>
        html.Replace("<script src=\"/assets/cart.js\" defer></script>", "", StringComparison.Ordinal);

    /// <summary>The raw (still encoded) text of the <c>&lt;title&gt;</c>.</summary>
    public static string Title(string html) => TitleElement().Match(html).Groups[1].Value;

    [GeneratedRegex("<li class=\"card[^\"]*\"><a href=\"/[a-z0-9-]+/p/([0-9a-f]{32})\"")]
    private static partial Regex ProductLink();

    [GeneratedRegex("<a rel=\"next\" href=\"([^\"]+)\"")]
    private static partial Regex NextPage();

    [GeneratedRegex("<title>([^<]*)</title>")]
    private static partial Regex TitleElement();
}
