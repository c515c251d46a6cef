using Dukaan.Data;
using Dukaan.Domain.Ordering;
using Dukaan.Domain.Shops;
using Dukaan.Web.Storefront;
using Microsoft.EntityFrameworkCore;

namespace Dukaan.Web.Ordering;

/// <summary>
/// The seller's order desk. Every method takes the signed-in seller's id and works only on that seller's shop:
/// another shop's order id is "not found". Status changes follow <see cref="OrderStatusFlow"/>; rejecting or
/// cancelling puts stock back exactly once, also when two taps race.
/// </summary>
/// <remarks>
/// REVIEW: reads go to the primary. A seller's desk must show the order just placed or just changed, and a
/// shop's orders are few; route to the standby once read-your-own-writes exists.
/// </remarks>
public sealed class OrderDesk(
    IDbContextFactory<WriteDb> writes,
    ICatalogChanges catalogChanges,
    TimeProvider time,
    ILogger<OrderDesk> logger)
{
    public const int DefaultPageSize = 20;

    /// <summary>The shop's orders newest first, optionally one status, <paramref name="before"/> a number.</summary>
    public async Task<OrderListPage> ListAsync(
        Guid sellerId, OrderStatus? status, int? before, int pageSize, CancellationToken cancellationToken)
    {
        pageSize = Math.Clamp(pageSize, 1, 100);
        await using var db = await writes.CreateDbContextAsync(cancellationToken);
        var query = db.Orders.AsNoTracking().OfSeller(db, sellerId);
        if (status is { } only)
        {
            query = query.Where(o => o.Status == only);
        }

        if (before is { } number)
        {
            query = query.Where(o => o.Number < number);
        }

        var rows = await query
            .OrderByDescending(o => o.Number)
            .Take(pageSize + 1)
            .Select(o => new OrderSummary(o.Id, o.Number, o.CustomerName, o.TotalPaise, o.Lines.Sum(l => l.Quantity),
                o.Status, o.PaymentMethod, o.PaymentState, o.CreatedAt))
            .ToListAsync(cancellationToken);
        return rows.Count > pageSize
            ? new OrderListPage(rows[..pageSize], rows[pageSize - 1].Number)
            : new OrderListPage(rows, null);
    }

    /// <summary>
    /// How many of the shop's orders are in <paramref name="status"/> (the desk's badge counts new ones).
    /// </summary>
    public async Task<int> CountAsync(Guid sellerId, OrderStatus status, CancellationToken cancellationToken)
    {
        await using var db = await writes.CreateDbContextAsync(cancellationToken);
        return await db.Orders.OfSeller(db, sellerId).CountAsync(o => o.Status == status, cancellationToken);
    }

    /// <summary>One order with lines and timeline, or null when it is not in the seller's shop.</summary>
    public async Task<Order?> GetAsync(Guid sellerId, Guid orderId, CancellationToken cancellationToken)
    {
        await using var db = await writes.CreateDbContextAsync(cancellationToken);
        return await db.WithDetails().OfSeller(db, sellerId)
            .FirstOrDefaultAsync(o => o.Id == orderId, cancellationToken);
    }

    /// <summary>One order by its number in the seller's shop (e.g. 1001), or null.</summary>
    public async Task<Order?> GetByNumberAsync(Guid sellerId, int number, CancellationToken cancellationToken)
    {
        await using var db = await writes.CreateDbContextAsync(cancellationToken);
        return await db.WithDetails().OfSeller(db, sellerId)
            .FirstOrDefaultAsync(o => o.Number == number, cancellationToken);
    }

    /// <summary>
    /// Moves the order to <paramref name="to"/>. Illegal moves are refused; rejecting or cancelling puts the
    /// counted stock back in the same transaction. A change that loses a race is refused and shows the winner.
    /// </summary>
    public async Task<OrderChangeResult> ChangeStatusAsync(
        Guid sellerId, Guid orderId, OrderStatus to, CancellationToken cancellationToken)
    {
        await using var db = await writes.CreateDbContextAsync(cancellationToken);
        if (await ShopOfAsync(db, sellerId, cancellationToken) is not { } shop)
        {
            return OrderChangeResult.Missing();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var order = await TrackedAsync(db, shop.Id, orderId, cancellationToken);
        if (order is null)
        {
            return OrderChangeResult.Missing();
        }

        var from = order.Status;
        var now = time.GetUtcNow();
        if (!order.TryMoveTo(to, now, out var error))
        {
            return OrderChangeResult.Refused(order, error);
        }

        // Saving first locks the order row: a racing second tap waits here, then finds the status moved.
        if (!await TrySaveAsync(db, shop.Id, cancellationToken))
        {
            return await ChangedMeanwhileAsync(db, shop.Id, orderId, cancellationToken);
        }

        var stockBack = OrderStatusFlow.ReturnsStock(to) && await ReturnStockAsync(db, shop.Id, order, now,
            cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        OrderingLog.StatusChanged(logger, order.Number, shop.Id, from, to);
        if (stockBack)
        {
            await TellCatalogAsync(shop, cancellationToken);
        }

        return OrderChangeResult.Done(order);
    }

    /// <summary>
    /// Marks a UPI order paid once the seller sees the money; cash orders and ended orders are refused.
    /// </summary>
    public async Task<OrderChangeResult> MarkPaidAsync(Guid sellerId, Guid orderId,
        CancellationToken cancellationToken)
    {
        await using var db = await writes.CreateDbContextAsync(cancellationToken);
        if (await ShopOfAsync(db, sellerId, cancellationToken) is not { } shop)
        {
            return OrderChangeResult.Missing();
        }

        var order = await TrackedAsync(db, shop.Id, orderId, cancellationToken);
        if (order is null)
        {
            return OrderChangeResult.Missing();
        }

        if (!order.TryMarkPaid(time.GetUtcNow(), out var error))
        {
            return OrderChangeResult.Refused(order, error);
        }

        if (!await TrySaveAsync(db, shop.Id, cancellationToken))
        {
            return await ChangedMeanwhileAsync(db, shop.Id, orderId, cancellationToken);
        }

        OrderingLog.MarkedPaid(logger, order.Number, shop.Id);
        return OrderChangeResult.Done(order);
    }

    private static Task<Shop?> ShopOfAsync(WriteDb db, Guid sellerId, CancellationToken cancellationToken) =>
        db.Shops.AsNoTracking().FirstOrDefaultAsync(s => s.SellerId == sellerId, cancellationToken);

    private static Task<Order?> TrackedAsync(WriteDb db, Guid shopId, Guid orderId,
        CancellationToken cancellationToken) =>
        db.Orders
            .Include(o => o.Lines.OrderBy(l => l.Id))
            .Include(o => o.Events.OrderBy(e => e.Id))
            .FirstOrDefaultAsync(o => o.Id == orderId && o.ShopId == shopId, cancellationToken);

    private async Task<bool> TrySaveAsync(WriteDb db, Guid shopId, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            OrderingLog.ChangedMeanwhile(logger, shopId);
            return false;
        }
    }

    private static async Task<OrderChangeResult> ChangedMeanwhileAsync(
        WriteDb db, Guid shopId, Guid orderId, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is { } transaction)
        {
            await transaction.RollbackAsync(cancellationToken);
        }

        db.ChangeTracker.Clear();
        var now = await db.WithDetails().FirstAsync(o => o.Id == orderId && o.ShopId == shopId, cancellationToken);
        return OrderChangeResult.Refused(now,
            $"Order {now.DisplayNumber} was changed meanwhile: it is now "
            + $"{OrderStatusFlow.Describe(now.Status).ToLowerInvariant()}. Nothing else was changed.");
    }

    private static async Task<bool> ReturnStockAsync(
        WriteDb db, Guid shopId, Order order, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var returned = false;
        foreach (var line in order.Lines.Where(l => l.StockTaken).OrderBy(l => l.ProductId))
        {
            returned |= await StockLedger.ReturnAsync(db, line.ProductId, line.Quantity, cancellationToken);
        }

        if (returned)
        {
            await db.Shops.Where(s => s.Id == shopId)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.UpdatedAt, now), cancellationToken);
        }

        return returned;
    }

    private async Task TellCatalogAsync(Shop shop, CancellationToken cancellationToken)
    {
        try
        {
            await catalogChanges.ShopChangedAsync(shop.Id, shop.Slug, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            OrderingLog.EvictionFailed(logger, shop.Id, ex);
        }
    }
}
