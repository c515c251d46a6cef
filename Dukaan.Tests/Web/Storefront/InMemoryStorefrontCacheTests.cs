using Dukaan.Tests.Support;

namespace Dukaan.Tests.Web.Storefront;

public sealed class InMemoryStorefrontCacheTests(StorefrontWebFactory app)
    : StorefrontCacheTests(app), IClassFixture<StorefrontWebFactory>
{
    protected override bool ExpectsRedis => false;
}
