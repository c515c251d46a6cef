namespace Dukaan.Web.Storefront;

/// <summary>The orders a customer can choose on a shop page; every one ends in the product id.</summary>
public enum StorefrontSort
{
    /// <summary>Newest first (<c>created_at DESC, id DESC</c>); the default.</summary>
    Newest,

    /// <summary>Cheapest first (<c>price_paise, id</c>).</summary>
    PriceLowToHigh,

    /// <summary>Dearest first (<c>price_paise DESC, id DESC</c>).</summary>
    PriceHighToLow,
}
