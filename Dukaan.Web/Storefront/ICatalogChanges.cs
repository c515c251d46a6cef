namespace Dukaan.Web.Storefront;

/// <summary>
/// Told after a shop or its catalogue changed, so that cached storefront pages of that shop are evicted.
/// Call it after the change is committed.
/// </summary>
public interface ICatalogChanges
{
    Task ShopChangedAsync(Guid shopId, string slug, CancellationToken cancellationToken);
}
