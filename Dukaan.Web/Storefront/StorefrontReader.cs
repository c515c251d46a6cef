using Dukaan.Data;
using Dukaan.Data.Queries;
using Microsoft.EntityFrameworkCore;

namespace Dukaan.Web.Storefront;

/// <summary>
/// Reads storefront pages through the compiled queries: two round trips per shop page (shop, then one page of
/// products by key) and one per product page, whatever the size of the shop.
/// </summary>
public sealed class StorefrontReader(IDbContextFactory<ReadDb> factory)
{
    public const int PageSize = 48;

    public async Task<ShopPageData?> ReadShopPageAsync(
        string slug, StorefrontSort sort, StorefrontCursor? after, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var shop = await StorefrontQueries.ShopBySlugAsync(db, slug, cancellationToken);
        if (shop is null)
        {
            return null;
        }

        // One row more than a page tells whether a next page exists without counting.
        var rows = new List<StorefrontProduct>(PageSize + 1);
        await foreach (var product in Query(db, shop.Id, sort, after).WithCancellation(cancellationToken))
        {
            rows.Add(product);
        }

        var hasNext = rows.Count > PageSize;
        var products = hasNext ? rows.GetRange(0, PageSize) : rows;
        var next = hasNext ? CursorOf(products[^1], sort) : (StorefrontCursor?)null;
        return new ShopPageData(shop, sort, products, after is null, next);
    }

    public async Task<StorefrontProductDetail?> ReadProductAsync(
        string slug, Guid productId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await StorefrontQueries.ProductAsync(db, slug, productId, cancellationToken);
    }

    private static IAsyncEnumerable<StorefrontProduct> Query(
        ReadDb db, Guid shopId, StorefrontSort sort, StorefrontCursor? after)
    {
        const int take = PageSize + 1;
        return sort switch
        {
            StorefrontSort.PriceLowToHigh => StorefrontQueries.PriceLowToHighAsync(
                db, shopId, after?.Key ?? StorefrontKeys.LowestPaise, after?.Id ?? Guid.Empty, take),
            StorefrontSort.PriceHighToLow => StorefrontQueries.PriceHighToLowAsync(
                db, shopId, after?.Key ?? StorefrontKeys.HighestPaise, after?.Id ?? StorefrontKeys.HighestId, take),
            _ => StorefrontQueries.NewestAsync(
                db,
                shopId,
                after is { } cursor ? new DateTimeOffset(cursor.Key, TimeSpan.Zero) : StorefrontKeys.Latest,
                after?.Id ?? StorefrontKeys.HighestId,
                take),
        };
    }

    private static StorefrontCursor CursorOf(StorefrontProduct last, StorefrontSort sort) => sort switch
    {
        StorefrontSort.Newest => new StorefrontCursor(last.CreatedAt.UtcTicks, last.Id),
        _ => new StorefrontCursor(last.PricePaise, last.Id),
    };
}
