using Dukaan.Web.Storefront;

namespace Dukaan.Tests.Support;

/// <summary>Remembers every shop the code said had changed.</summary>
public sealed class RecordingCatalogChanges : ICatalogChanges
{
    public List<(Guid ShopId, string Slug)> Changes { get; } = [];

    public Task ShopChangedAsync(Guid shopId, string slug, CancellationToken cancellationToken)
    {
        lock (Changes)
        {
            Changes.Add((shopId, slug));
        }

        return Task.CompletedTask;
    }
}
