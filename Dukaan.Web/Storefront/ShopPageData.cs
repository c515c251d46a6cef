using Dukaan.Data.Queries;

namespace Dukaan.Web.Storefront;

/// <summary>One page of a shop's grid: the shop, up to a page of products, and where the next page starts.</summary>
public sealed record ShopPageData(
    StorefrontShop Shop,
    StorefrontSort Sort,
    IReadOnlyList<StorefrontProduct> Products,
    bool IsFirstPage,
    StorefrontCursor? Next);
