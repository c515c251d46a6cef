using Dukaan.Tests.Support;

namespace Dukaan.Tests.Web.Storefront;

/// <summary>The same cache tests with the Redis store shared by all app instances.</summary>
public sealed class RedisStorefrontCacheTests(RedisStorefrontWebFactory app)
    : StorefrontCacheTests(app), IClassFixture<RedisStorefrontWebFactory>
{
    protected override bool ExpectsRedis => RedisStorefrontWebFactory.Available;
}
