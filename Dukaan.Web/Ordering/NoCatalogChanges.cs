using Dukaan.Web.Storefront;

namespace Dukaan.Web.Ordering;

/// <summary>Stands in until the storefront registers its cache eviction; ordering works without it.</summary>
internal sealed class NoCatalogChanges : ICatalogChanges
{
    public Task ShopChangedAsync(Guid shopId, string slug, CancellationToken cancellationToken) => Task.CompletedTask;
}
