using Dukaan.Data;
using Dukaan.Domain.Ordering;
using Dukaan.Web.Storefront;
using Microsoft.EntityFrameworkCore;

namespace Dukaan.Web.Sellers.Settings;

/// <summary>
/// Reads and saves how the signed-in seller's shop takes orders. Only the seller's own shop is ever touched; one
/// context per operation; the storefront cache of the shop is evicted after a save.
/// </summary>
public sealed class ShopSettingsDesk(
    IDbContextFactory<WriteDb> writes,
    ICatalogChanges catalogChanges,
    TimeProvider clock,
    ILogger<ShopSettingsDesk> logger)
{
    /// <summary>The shop's current settings, or null when the seller has no shop yet.</summary>
    public async Task<ShopSettings?> GetAsync(Guid sellerId, CancellationToken cancellationToken)
    {
        await using var db = await writes.CreateDbContextAsync(cancellationToken);
        var shop = await db.Shops.AsNoTracking().SingleOrDefaultAsync(s => s.SellerId == sellerId, cancellationToken);
        if (shop is null)
        {
            return null;
        }

        UpiId? upi = UpiId.TryParse(shop.UpiId, out var parsed, out _) ? parsed : null;
        return new ShopSettings(shop.AcceptsCashOnDelivery, upi, shop.Delivery, shop.AutoAccept);
    }

    /// <summary>Checks every field, then saves all of them together, or nothing.</summary>
    public async Task<ShopSettingsResult> SaveAsync(
        Guid sellerId, ShopSettingsInput input, CancellationToken cancellationToken)
    {
        if (!input.TryRead(out var settings, out var errors))
        {
            return ShopSettingsResult.Invalid(errors);
        }

        await using var db = await writes.CreateDbContextAsync(cancellationToken);
        var shop = await db.Shops.SingleOrDefaultAsync(s => s.SellerId == sellerId, cancellationToken);
        if (shop is null)
        {
            return ShopSettingsResult.Missing;
        }

        shop.SetOrderSettings(
            settings.CashOnDelivery, settings.UpiId, settings.Delivery, settings.AutoAccept, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);

        SellerLog.ShopSettingsSaved(logger, shop.Id, settings.CashOnDelivery, settings.UpiId is not null,
            settings.AutoAccept);
        await catalogChanges.ShopChangedAsync(shop.Id, shop.Slug, cancellationToken);
        return ShopSettingsResult.Done;
    }
}
