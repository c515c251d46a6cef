using Dukaan.Data;
using Dukaan.Domain.Catalog;
using Dukaan.Web.Ordering;
using Microsoft.EntityFrameworkCore;

namespace Dukaan.Web.Checkout;

/// <summary>Prices carts at the shop's current prices and stock: two round trips, whatever the cart holds.</summary>
public sealed class CartQuotes(IDbContextFactory<ReadDb> reads)
{
    public async Task<CheckoutShop?> FindShopAsync(string slug, CancellationToken cancellationToken)
    {
        await using var db = await reads.CreateDbContextAsync(cancellationToken);
        return await ShopAsync(db, slug, cancellationToken);
    }

    /// <summary>The priced cart, or null when no shop has <paramref name="slug"/>.</summary>
    public async Task<CartQuote?> QuoteAsync(
        string slug, IReadOnlyList<CartLine> lines, CancellationToken cancellationToken)
    {
        await using var db = await reads.CreateDbContextAsync(cancellationToken);
        var shop = await ShopAsync(db, slug, cancellationToken);
        if (shop is null)
        {
            return null;
        }

        var ids = lines.Select(l => l.ProductId).ToList();
        var products = ids.Count == 0
            ? []
            : await db.Products
                .Where(p => p.ShopId == shop.Id && ids.Contains(p.Id))
                .Select(p => new { p.Id, p.Name, p.PricePaise, p.SoldOut, p.Stock })
                .ToDictionaryAsync(p => p.Id, cancellationToken);

        var priced = new List<QuoteLine>(lines.Count);
        var missing = new List<Guid>();
        foreach (var line in lines)
        {
            if (products.TryGetValue(line.ProductId, out var p))
            {
                priced.Add(new QuoteLine(p.Id, p.Name, Money.FromPaise(p.PricePaise), line.Quantity, p.SoldOut,
                    p.Stock));
            }
            else
            {
                missing.Add(line.ProductId);
            }
        }

        return new CartQuote(shop, priced, missing);
    }

    private static Task<CheckoutShop?> ShopAsync(ReadDb db, string slug, CancellationToken cancellationToken) =>
        db.Shops
            .Where(s => s.Slug == slug)
            .Select(s => new CheckoutShop(s.Id, s.Name, s.Slug, s.AcceptsCashOnDelivery, s.UpiId != null,
                s.DeliveryFlatPaise, s.DeliveryFreeFromPaise))
            .FirstOrDefaultAsync(cancellationToken);
}
