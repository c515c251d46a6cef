using Dukaan.Data;
using Microsoft.EntityFrameworkCore;

namespace Dukaan.Web.Ordering;

/// <summary>
/// Counted stock moves as single conditional statements, so concurrent checkouts can never take more than is
/// there: the row lock serialises them and the condition is checked again on the latest row. Use inside the
/// caller's transaction; untracked stock (null) is never touched.
/// </summary>
internal static class StockLedger
{
    /// <summary>Takes <paramref name="quantity"/> units; false when fewer are left (nothing is taken).</summary>
    public static async Task<bool> TryTakeAsync(
        WriteDb db, Guid productId, int quantity, CancellationToken cancellationToken)
    {
        var rows = await db.Products
            .Where(p => p.Id == productId && p.Stock >= quantity)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.Stock, p => p.Stock - quantity), cancellationToken);
        return rows == 1;
    }

    /// <summary>Puts units back; false when the product no longer counts stock or is gone.</summary>
    public static async Task<bool> ReturnAsync(
        WriteDb db, Guid productId, int quantity, CancellationToken cancellationToken)
    {
        var rows = await db.Products
            .Where(p => p.Id == productId && p.Stock != null)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.Stock, p => p.Stock + quantity), cancellationToken);
        return rows == 1;
    }

    public static Task<int?> LeftAsync(WriteDb db, Guid productId, CancellationToken cancellationToken) =>
        db.Products.Where(p => p.Id == productId).Select(p => p.Stock).FirstOrDefaultAsync(cancellationToken);
}
