namespace Dukaan.Web.Storefront;

/// <summary>Storefront settings, bound from <c>Dukaan:Storefront</c>.</summary>
public sealed class StorefrontOptions
{
    public const string SectionName = "Dukaan:Storefront";

    /// <summary>
    /// Serve shop and product pages from the shared output cache. Off renders every request (benchmarks compare
    /// the two); on in every deployment.
    /// </summary>
    public bool OutputCache { get; set; } = true;

    /// <summary>
    /// How long a cached page lives. Changes evict a shop's pages at once, so this only bounds how stale a page
    /// can be when an eviction was lost (Redis down at that moment).
    /// </summary>
    public int CacheSeconds { get; set; } = 600;
}
