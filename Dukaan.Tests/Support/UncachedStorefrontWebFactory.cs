namespace Dukaan.Tests.Support;

/// <summary>The storefront rendering every request (output cache off), for counting round trips per render.</summary>
public class UncachedStorefrontWebFactory : StorefrontWebFactory
{
    public UncachedStorefrontWebFactory()
        : base(useRedis: false, outputCache: false)
    {
    }
}
