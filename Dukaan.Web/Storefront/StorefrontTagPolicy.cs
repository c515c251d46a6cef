using Microsoft.AspNetCore.OutputCaching;

namespace Dukaan.Web.Storefront;

/// <summary>
/// Tags a storefront response with its shop, read from the <c>slug</c> route value (a literal tag in
/// <c>.Tag(...)</c> is not templated).
/// </summary>
internal sealed class StorefrontTagPolicy : IOutputCachePolicy
{
    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        if (context.HttpContext.Request.RouteValues.TryGetValue(StorefrontEndpoints.SlugParameter, out var value)
            && value is string slug)
        {
            context.Tags.Add(StorefrontTags.ForShop(slug));
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) =>
        ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation) =>
        ValueTask.CompletedTask;
}
