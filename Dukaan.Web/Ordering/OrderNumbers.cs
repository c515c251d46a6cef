using Dukaan.Data;
using Microsoft.EntityFrameworkCore;

namespace Dukaan.Web.Ordering;

/// <summary>Hands out per-shop order numbers inside the placing transaction.</summary>
internal static class OrderNumbers
{
    /// <summary>
    /// The shop's next number, by one atomic increment (never MAX()+1): concurrent checkouts queue on the shop row
    /// and a rolled-back checkout gives its number back. When stock changed, the shop's version moves too so
    /// cached storefront pages are seen as stale.
    /// </summary>
    public static async Task<int> NextAsync(
        WriteDb db, Guid shopId, bool catalogChanged, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var numbers = await db.Database.SqlQuery<int>($"""
            UPDATE shops
            SET last_order_number = last_order_number + 1,
                updated_at = CASE WHEN {catalogChanged} THEN {now} ELSE updated_at END
            WHERE id = {shopId}
            RETURNING last_order_number AS "Value"
            """).ToListAsync(cancellationToken);
        return numbers.Count == 1
            ? numbers[0]
            : throw new InvalidOperationException($"Shop {shopId} is gone.");
    }
}
