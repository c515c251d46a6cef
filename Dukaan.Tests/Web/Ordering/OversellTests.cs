namespace Dukaan.Tests.Web.Ordering;

public sealed class OversellTests(OrderingFixture fixture) : IClassFixture<OrderingFixture>
{
    [Fact]
    public async Task PlaceAsync_HundredCheckoutsForTenInStock_ExactlyTenOrders()
    {
        var shop = await fixture.SeedShopAsync(null, ("Last Diwali Sweets Box", 499m, 10));

        // Separate contexts and connections, started together.
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var checkouts = Enumerable.Range(0, 100).Select(_ => Task.Run(async () =>
        {
            await start.Task;
            return await fixture.Placement.PlaceAsync(Checkout.For(shop.Slug, (shop.Products[0], 1)), default);
        })).ToList();
        start.SetResult();
        var results = await Task.WhenAll(checkouts);

        Assert.Equal(10, results.Count(r => r.IsPlaced));
        var refusals = results.Where(r => !r.IsPlaced).ToList();
        Assert.Equal(90, refusals.Count);
        Assert.All(refusals, r => Assert.Equal("Last Diwali Sweets Box is sold out.",
            Assert.Single(r.Shortages).Message));
        Assert.Equal(0, await fixture.StockAsync(shop.Products[0]));
        Assert.Equal(10, await fixture.OrderCountAsync(shop.ShopId));
        Assert.Equal(Enumerable.Range(1001, 10), results.Where(r => r.IsPlaced).Select(r => r.Order!.Number).Order());
    }
}
