namespace Dukaan.Web.Sellers;

/// <summary>
/// The address customers open for a shop: the configured public base URL, else the one the seller is using.
/// </summary>
public static class ShopLink
{
    public static string For(string publicBaseUrl, string requestBaseUrl, string slug)
    {
        var root = string.IsNullOrWhiteSpace(publicBaseUrl) ? requestBaseUrl : publicBaseUrl;
        return root.TrimEnd('/') + "/" + Uri.EscapeDataString(slug);
    }

    /// <summary>A WhatsApp share that opens the chat picker with the shop name and link typed in.</summary>
    public static string WhatsApp(string shopName, string link) =>
        "https://wa.me/?text=" + Uri.EscapeDataString($"{shopName}: order from my shop online {link}");
}
