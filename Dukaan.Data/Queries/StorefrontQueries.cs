using Microsoft.EntityFrameworkCore;

namespace Dukaan.Data.Queries;

/// <summary>
/// Compiled queries behind the storefront. Every product list is ordered by a key that ends in the unique id and
/// is paged by key (a row-value comparison with the last item of the previous page), so each page costs one
/// index range scan, whatever the size of the shop. Callers start a walk with the sentinels of
/// <see cref="StorefrontKeys"/>.
/// </summary>
public static class StorefrontQueries
{
    /// <summary>The shop at a slug, with its product count (one round trip).</summary>
    public static readonly Func<ReadDb, string, CancellationToken, Task<StorefrontShop?>> ShopBySlugAsync =
        EF.CompileAsyncQuery((ReadDb db, string slug, CancellationToken cancellationToken) => db.Shops
            .Where(s => s.Slug == slug)
            .Select(s => new StorefrontShop(s.Id, s.Name, s.Slug, db.Products.Count(p => p.ShopId == s.Id)))
            .FirstOrDefault());

    /// <summary>Cheapest first: <c>(price_paise, id) &gt; (after)</c>, ascending.</summary>
    public static readonly Func<ReadDb, Guid, long, Guid, int, IAsyncEnumerable<StorefrontProduct>>
        PriceLowToHighAsync = EF.CompileAsyncQuery(
            (ReadDb db, Guid shopId, long afterPaise, Guid afterId, int take) => db.Products
                .Where(p => p.ShopId == shopId)
                .Where(p => EF.Functions.GreaterThan(
                    ValueTuple.Create(p.PricePaise, p.Id),
                    ValueTuple.Create(afterPaise, afterId)))
                .OrderBy(p => p.PricePaise)
                .ThenBy(p => p.Id)
                .Take(take)
                .Select(p => new StorefrontProduct(p.Id, p.Name, p.PricePaise, p.PhotoHash, p.SoldOut || p.Stock == 0,
                    p.CreatedAt)));

    /// <summary>Dearest first: <c>(price_paise, id) &lt; (after)</c>, descending.</summary>
    public static readonly Func<ReadDb, Guid, long, Guid, int, IAsyncEnumerable<StorefrontProduct>>
        PriceHighToLowAsync = EF.CompileAsyncQuery(
            (ReadDb db, Guid shopId, long beforePaise, Guid beforeId, int take) => db.Products
                .Where(p => p.ShopId == shopId)
                .Where(p => EF.Functions.LessThan(
                    ValueTuple.Create(p.PricePaise, p.Id),
                    ValueTuple.Create(beforePaise, beforeId)))
                .OrderByDescending(p => p.PricePaise)
                .ThenByDescending(p => p.Id)
                .Take(take)
                .Select(p => new StorefrontProduct(p.Id, p.Name, p.PricePaise, p.PhotoHash, p.SoldOut || p.Stock == 0,
                    p.CreatedAt)));

    /// <summary>Newest first: <c>(created_at, id) &lt; (after)</c>, descending.</summary>
    public static readonly Func<ReadDb, Guid, DateTimeOffset, Guid, int, IAsyncEnumerable<StorefrontProduct>>
        NewestAsync = EF.CompileAsyncQuery(
            (ReadDb db, Guid shopId, DateTimeOffset beforeCreatedAt, Guid beforeId, int take) => db.Products
                .Where(p => p.ShopId == shopId)
                .Where(p => EF.Functions.LessThan(
                    ValueTuple.Create(p.CreatedAt, p.Id),
                    ValueTuple.Create(beforeCreatedAt, beforeId)))
                .OrderByDescending(p => p.CreatedAt)
                .ThenByDescending(p => p.Id)
                .Take(take)
                .Select(p => new StorefrontProduct(p.Id, p.Name, p.PricePaise, p.PhotoHash, p.SoldOut || p.Stock == 0,
                    p.CreatedAt)));

    /// <summary>One product of the shop at a slug, with the size of its full photo (one round trip).</summary>
    public static readonly Func<ReadDb, string, Guid, CancellationToken, Task<StorefrontProductDetail?>> ProductAsync =
        EF.CompileAsyncQuery((ReadDb db, string slug, Guid productId, CancellationToken cancellationToken) =>
            (from s in db.Shops
             join p in db.Products on s.Id equals p.ShopId
             where s.Slug == slug && p.Id == productId
             from v in db.PhotoVariants
                 .Where(v => v.Hash == p.PhotoHash && v.Size == Domain.Photos.PhotoSize.Full)
                 .DefaultIfEmpty()
             select new StorefrontProductDetail(
                 s.Id,
                 s.Name,
                 s.Slug,
                 p.Id,
                 p.Name,
                 p.PricePaise,
                 p.PhotoHash,
                 v == null ? 0 : v.Width,
                 v == null ? 0 : v.Height,
                 p.SoldOut || p.Stock == 0))
            .FirstOrDefault());
}
