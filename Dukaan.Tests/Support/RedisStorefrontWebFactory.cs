namespace Dukaan.Tests.Support;

/// <summary>
/// The storefront with its output cache in Redis (<c>DUKAAN_TEST_REDIS</c>, set by <c>./dukaan test</c>).
/// </summary>
public class RedisStorefrontWebFactory : StorefrontWebFactory
{
    public RedisStorefrontWebFactory()
        : base(useRedis: true, outputCache: true)
    {
    }

    public static bool Available => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("DUKAAN_TEST_REDIS"));
}
