namespace Dukaan.Web.Storefront;

/// <summary>Output-cache tags of storefront pages.</summary>
public static class StorefrontTags
{
    /// <summary>Every cached page of one shop carries this tag; evicting it refreshes the whole shop.</summary>
    public static string ForShop(string slug) => "shop:" + slug;
}
