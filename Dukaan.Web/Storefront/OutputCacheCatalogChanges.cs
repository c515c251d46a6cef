using Microsoft.AspNetCore.OutputCaching;

namespace Dukaan.Web.Storefront;

/// <summary>
/// Evicts a shop's cached storefront pages from the output-cache store. With Redis the store is shared, so one
/// eviction refreshes the shop on every app instance.
/// </summary>
internal sealed class OutputCacheCatalogChanges(IOutputCacheStore store, ILogger<OutputCacheCatalogChanges> logger)
    : ICatalogChanges
{
    public async Task ShopChangedAsync(Guid shopId, string slug, CancellationToken cancellationToken)
    {
        // The change is already committed: a cache that cannot be reached must not turn it into an error.
        try
        {
            await store.EvictByTagAsync(StorefrontTags.ForShop(slug), cancellationToken);
            logger.ShopPagesEvicted(slug);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.ShopPagesNotEvicted(slug, ex);
        }
    }
}
