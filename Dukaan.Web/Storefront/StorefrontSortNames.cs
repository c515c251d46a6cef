namespace Dukaan.Web.Storefront;

/// <summary>The <c>?sort=</c> values of shop pages.</summary>
public static class StorefrontSortNames
{
    public const string Newest = "newest";
    public const string PriceLowToHigh = "price-low";
    public const string PriceHighToLow = "price-high";

    public static StorefrontSort Parse(string? value) => value switch
    {
        PriceLowToHigh => StorefrontSort.PriceLowToHigh,
        PriceHighToLow => StorefrontSort.PriceHighToLow,
        _ => StorefrontSort.Newest,
    };

    public static string Format(StorefrontSort sort) => sort switch
    {
        StorefrontSort.PriceLowToHigh => PriceLowToHigh,
        StorefrontSort.PriceHighToLow => PriceHighToLow,
        _ => Newest,
    };
}
