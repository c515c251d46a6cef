using Dukaan.Data;
using Dukaan.Domain.Catalog;
using Dukaan.Domain.Shops;
using Dukaan.Web.Storefront;
using Microsoft.EntityFrameworkCore;

namespace Dukaan.Web.Sellers;

/// <summary>
/// The seller's catalogue work: every call names the signed-in seller and only ever touches that seller's shop,
/// so a guessed product id of another shop is treated as unknown. One context per operation.
/// </summary>
public sealed class ProductDesk(
    IDbContextFactory<WriteDb> writes,
    ICatalogChanges catalogChanges,
    TimeProvider clock,
    ILogger<ProductDesk> logger)
{
    // REVIEW: seller reads go to the primary (no tracking) so a seller always sees their own writes at once;
    // the seller pages are light next to the storefront, which is what the standbys are for.
    public async Task<SellerShop?> FindShopAsync(Guid sellerId, CancellationToken cancellationToken)
    {
        await using var db = await writes.CreateDbContextAsync(cancellationToken);
        return await db.Shops.AsNoTracking()
            .Where(s => s.SellerId == sellerId)
            .Select(s => new SellerShop(s.Id, s.Name, s.Slug))
            .SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>The seller's products, newest first.</summary>
    public async Task<IReadOnlyList<ProductRow>> ListAsync(Guid sellerId, CancellationToken cancellationToken)
    {
        await using var db = await writes.CreateDbContextAsync(cancellationToken);
        var rows = await (
                from p in db.Products.AsNoTracking()
                join s in db.Shops on p.ShopId equals s.Id
                where s.SellerId == sellerId
                orderby p.CreatedAt descending, p.Id descending
                select new { p.Id, p.Name, p.PricePaise, p.PhotoHash, p.SoldOut, p.Stock })
            .ToListAsync(cancellationToken);

        return [.. rows.Select(r =>
            new ProductRow(r.Id, r.Name, Money.FromPaise(r.PricePaise), r.PhotoHash, r.SoldOut, r.Stock))];
    }

    /// <summary>One of the seller's products, or null when it is not theirs (or does not exist).</summary>
    public async Task<ProductRow?> FindAsync(Guid sellerId, Guid productId, CancellationToken cancellationToken)
    {
        await using var db = await writes.CreateDbContextAsync(cancellationToken);
        var row = await (
                from p in db.Products.AsNoTracking()
                join s in db.Shops on p.ShopId equals s.Id
                where s.SellerId == sellerId && p.Id == productId
                select new { p.Id, p.Name, p.PricePaise, p.PhotoHash, p.SoldOut, p.Stock })
            .SingleOrDefaultAsync(cancellationToken);

        return row is null
            ? null
            : new ProductRow(row.Id, row.Name, Money.FromPaise(row.PricePaise), row.PhotoHash, row.SoldOut, row.Stock);
    }

    /// <summary>
    /// Adds a product to the seller's shop; null when the seller has no shop yet. <paramref name="stock"/> null
    /// means the shop does not count it.
    /// </summary>
    public async Task<Guid?> AddAsync(
        Guid sellerId,
        string name,
        Money price,
        string? photoHash,
        int? stock,
        CancellationToken cancellationToken)
    {
        await using var db = await writes.CreateDbContextAsync(cancellationToken);
        var shop = await db.Shops.SingleOrDefaultAsync(s => s.SellerId == sellerId, cancellationToken);
        if (shop is null)
        {
            return null;
        }

        var now = clock.GetUtcNow();
        var product = new Product(shop.Id, name, price, now);
        product.SetPhoto(photoHash, now);
        product.SetStock(stock, now);
        db.Products.Add(product);
        shop.Touch(now);
        await db.SaveChangesAsync(cancellationToken);

        SellerLog.ProductAdded(logger, product.Id, shop.Id);
        await catalogChanges.ShopChangedAsync(shop.Id, shop.Slug, cancellationToken);
        return product.Id;
    }

    /// <summary>
    /// Changes the name, price and stock (null: not counted), and the photo when <paramref name="newPhotoHash"/>
    /// is given (null keeps it). False when the product is not the seller's.
    /// </summary>
    public Task<bool> UpdateAsync(
        Guid sellerId,
        Guid productId,
        string name,
        Money price,
        string? newPhotoHash,
        int? stock,
        CancellationToken cancellationToken)
    {
        return ChangeAsync(sellerId, productId, (product, now) =>
        {
            product.Update(name, price, now);
            product.SetStock(stock, now);
            if (newPhotoHash is not null)
            {
                product.SetPhoto(newPhotoHash, now);
            }
        }, product => SellerLog.ProductChanged(logger, product.Id, product.ShopId), cancellationToken);
    }

    public Task<bool> SetSoldOutAsync(Guid sellerId, Guid productId, bool soldOut, CancellationToken cancellationToken)
    {
        return ChangeAsync(
            sellerId,
            productId,
            (product, now) => product.MarkSoldOut(soldOut, now),
            product => SellerLog.ProductSoldOut(logger, product.Id, product.ShopId, soldOut),
            cancellationToken);
    }

    public async Task<bool> DeleteAsync(Guid sellerId, Guid productId, CancellationToken cancellationToken)
    {
        await using var db = await writes.CreateDbContextAsync(cancellationToken);
        var found = await FindTrackedAsync(db, sellerId, productId, cancellationToken);
        if (found is null)
        {
            return false;
        }

        var (product, shop) = found.Value;
        db.Products.Remove(product);
        shop.Touch(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);

        SellerLog.ProductDeleted(logger, product.Id, shop.Id);
        await catalogChanges.ShopChangedAsync(shop.Id, shop.Slug, cancellationToken);
        return true;
    }

    private async Task<bool> ChangeAsync(
        Guid sellerId,
        Guid productId,
        Action<Product, DateTimeOffset> change,
        Action<Product> logChanged,
        CancellationToken cancellationToken)
    {
        await using var db = await writes.CreateDbContextAsync(cancellationToken);
        var found = await FindTrackedAsync(db, sellerId, productId, cancellationToken);
        if (found is null)
        {
            return false;
        }

        var (product, shop) = found.Value;
        var now = clock.GetUtcNow();
        change(product, now);
        shop.Touch(now);
        await db.SaveChangesAsync(cancellationToken);

        logChanged(product);
        await catalogChanges.ShopChangedAsync(shop.Id, shop.Slug, cancellationToken);
        return true;
    }

    private async Task<(Product Product, Shop Shop)?> FindTrackedAsync(
        WriteDb db,
        Guid sellerId,
        Guid productId,
        CancellationToken cancellationToken)
    {
        var found = await (
                from p in db.Products
                join s in db.Shops on p.ShopId equals s.Id
                where p.Id == productId && s.SellerId == sellerId
                select new { Product = p, Shop = s })
            .SingleOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            SellerLog.ProductNotInShop(logger, sellerId, productId);
            return null;
        }

        return (found.Product, found.Shop);
    }
}
