using Dukaan.Data;
using Dukaan.Domain.Ordering;
using Microsoft.EntityFrameworkCore;

namespace Dukaan.Web.Ordering;

/// <summary>The customer's side of a placed order, reached only by its unguessable token.</summary>
public sealed class CustomerOrders(IDbContextFactory<ReadDb> reads, IDbContextFactory<WriteDb> writes)
{
    /// <summary>
    /// The order behind <paramref name="token"/> with its shop, or null. Reads a standby first and falls back to the
    /// primary, so a just-placed order is never "not found" while the standby catches up.
    /// </summary>
    public async Task<CustomerOrderView?> FindAsync(string? token, CancellationToken cancellationToken)
    {
        if (!OrderToken.IsWellFormed(token))
        {
            return null;
        }

        await using (var read = await reads.CreateDbContextAsync(cancellationToken))
        {
            if (await FindAsync(read, token!, cancellationToken) is { } view)
            {
                return view;
            }
        }

        await using var write = await writes.CreateDbContextAsync(cancellationToken);
        return await FindAsync(write, token!, cancellationToken);
    }

    private static async Task<CustomerOrderView?> FindAsync(DukaanDb db, string token,
        CancellationToken cancellationToken)
    {
        var order = await db.WithDetails().FirstOrDefaultAsync(o => o.Token == token, cancellationToken);
        if (order is null)
        {
            return null;
        }

        var shop = await db.Shops.AsNoTracking()
            .Where(s => s.Id == order.ShopId)
            .Join(db.Sellers, s => s.SellerId, seller => seller.Id,
                (s, seller) => new { s.Name, s.Slug, seller.Phone, s.UpiId })
            .FirstAsync(cancellationToken);
        return new CustomerOrderView(order, shop.Name, shop.Slug, shop.Phone, shop.UpiId);
    }
}
