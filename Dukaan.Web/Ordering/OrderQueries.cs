using Dukaan.Data;
using Dukaan.Domain.Ordering;
using Microsoft.EntityFrameworkCore;

namespace Dukaan.Web.Ordering;

/// <summary>Shapes shared by the order reads: an order with its lines and timeline, in a stable order.</summary>
internal static class OrderQueries
{
    public static IQueryable<Order> WithDetails(this DukaanDb db) =>
        db.Orders.AsNoTracking()
            .Include(o => o.Lines.OrderBy(l => l.Id))
            .Include(o => o.Events.OrderBy(e => e.Id));

    /// <summary>Only the orders of the shop <paramref name="sellerId"/> owns.</summary>
    public static IQueryable<Order> OfSeller(this IQueryable<Order> orders, DukaanDb db, Guid sellerId) =>
        orders.Where(o => db.Shops.Any(s => s.Id == o.ShopId && s.SellerId == sellerId));
}
