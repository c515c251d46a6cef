using Dukaan.Web.Storefront;

namespace Dukaan.Web.Sellers;

/// <summary>Stands in until the storefront registers its own cache eviction; that registration wins.</summary>
internal sealed class NullCatalogChanges : ICatalogChanges
{
    public Task ShopChangedAsync(Guid shopId, string slug, CancellationToken cancellationToken) => Task.CompletedTask;
}
