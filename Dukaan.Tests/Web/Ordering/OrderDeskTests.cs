using Dukaan.Domain.Ordering;
using Dukaan.Web.Ordering;

namespace Dukaan.Tests.Web.Ordering;

public sealed class OrderDeskTests(OrderingFixture fixture) : IClassFixture<OrderingFixture>
{
    [Fact]
    public async Task ChangeStatusAsync_FullFlow_RecordsTimeline()
    {
        var (shop, order) = await PlaceAsync(("Atta", 285m, null));

        foreach (var next in new[] { OrderStatus.Accepted, OrderStatus.Shipped, OrderStatus.Delivered })
        {
            var change = await fixture.Desk.ChangeStatusAsync(shop.SellerId, order.Id, next, default);
            Assert.True(change.Succeeded, change.Error);
        }

        var saved = await fixture.Desk.GetAsync(shop.SellerId, order.Id, default);
        Assert.Equal(OrderStatus.Delivered, saved!.Status);
        Assert.Equal(
            [OrderStatus.Placed, OrderStatus.Accepted, OrderStatus.Shipped, OrderStatus.Delivered],
            saved.Events.Select(e => e.Status));
        Assert.True(saved.Events.Zip(saved.Events.Skip(1)).All(pair => pair.First.At <= pair.Second.At));
    }

    [Fact]
    public async Task ChangeStatusAsync_PlacedToDelivered_RefusedAndUnchanged()
    {
        var (shop, order) = await PlaceAsync(("Atta", 285m, null));

        var change = await fixture.Desk.ChangeStatusAsync(shop.SellerId, order.Id, OrderStatus.Delivered, default);

        Assert.False(change.Succeeded);
        Assert.Equal("Order #1001 is placed: it cannot be marked delivered.", change.Error);
        var saved = await fixture.Desk.GetAsync(shop.SellerId, order.Id, default);
        Assert.Equal(OrderStatus.Placed, saved!.Status);
        Assert.Single(saved.Events);
    }

    [Fact]
    public async Task ChangeStatusAsync_RejectTwice_RestoresStockOnce()
    {
        var (shop, order) = await PlaceAsync(("Ghee", 650m, 10), quantity: 3);
        Assert.Equal(7, await fixture.StockAsync(shop.Products[0]));

        var first = await fixture.Desk.ChangeStatusAsync(shop.SellerId, order.Id, OrderStatus.Rejected, default);
        var second = await fixture.Desk.ChangeStatusAsync(shop.SellerId, order.Id, OrderStatus.Rejected, default);
        var cancel = await fixture.Desk.ChangeStatusAsync(shop.SellerId, order.Id, OrderStatus.Cancelled, default);

        Assert.True(first.Succeeded);
        Assert.True(first.Order!.StockReturned);
        Assert.False(second.Succeeded);
        Assert.False(cancel.Succeeded);
        Assert.Equal(10, await fixture.StockAsync(shop.Products[0]));
        Assert.Contains(shop.ShopId, fixture.ChangedShops);
    }

    [Fact]
    public async Task ChangeStatusAsync_ConcurrentCancels_RestoreStockOnce()
    {
        var (shop, order) = await PlaceAsync(("Ghee", 650m, 10), quantity: 4);

        var taps = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Task.Run(() =>
            fixture.Desk.ChangeStatusAsync(shop.SellerId, order.Id, OrderStatus.Cancelled, default))));

        Assert.Single(taps, t => t.Succeeded);
        Assert.All(taps.Where(t => !t.Succeeded), t => Assert.Equal(OrderStatus.Cancelled, t.Order!.Status));
        Assert.Equal(10, await fixture.StockAsync(shop.Products[0]));
        var saved = await fixture.Desk.GetAsync(shop.SellerId, order.Id, default);
        Assert.Equal(2, saved!.Events.Count);
    }

    [Fact]
    public async Task Desk_AnotherSellersOrder_RefusedEverywhere()
    {
        var (mine, order) = await PlaceAsync(("Ghee", 650m, 5));
        var other = await fixture.SeedShopAsync(null, ("Other", 10m, null));

        var change = await fixture.Desk.ChangeStatusAsync(other.SellerId, order.Id, OrderStatus.Rejected, default);
        var paid = await fixture.Desk.MarkPaidAsync(other.SellerId, order.Id, default);
        var get = await fixture.Desk.GetAsync(other.SellerId, order.Id, default);
        var list = await fixture.Desk.ListAsync(other.SellerId, null, null, 20, default);

        Assert.True(change.NotFound);
        Assert.Equal("This order is not in your shop.", change.Error);
        Assert.True(paid.NotFound);
        Assert.Null(get);
        Assert.Empty(list.Orders);
        Assert.Equal(4, await fixture.StockAsync(mine.Products[0]));
        Assert.Equal(OrderStatus.Placed, (await fixture.Desk.GetAsync(mine.SellerId, order.Id, default))!.Status);
    }

    [Fact]
    public async Task MarkPaidAsync_UpiOrder_PaidOnceAndCashRefused()
    {
        UpiId.TryParse("shop@okaxis", out var upi, out _);
        var shop = await fixture.SeedShopAsync(
            s => s.SetOrderSettings(true, upi, DeliveryPolicy.Free, false, DateTimeOffset.UtcNow),
            ("Dal", 189m, null));
        var byUpi = (await fixture.Placement.PlaceAsync(
            Checkout.For(shop.Slug, (shop.Products[0], 1)) with { Payment = PaymentMethod.Upi }, default)).Order!;
        var cash = (await fixture.Placement.PlaceAsync(Checkout.For(shop.Slug, (shop.Products[0], 1)),
            default)).Order!;

        var paid = await fixture.Desk.MarkPaidAsync(shop.SellerId, byUpi.Id, default);
        var again = await fixture.Desk.MarkPaidAsync(shop.SellerId, byUpi.Id, default);
        var cashPaid = await fixture.Desk.MarkPaidAsync(shop.SellerId, cash.Id, default);

        Assert.True(paid.Succeeded);
        Assert.Equal(PaymentState.Paid, (await fixture.Desk.GetAsync(shop.SellerId, byUpi.Id, default))!.PaymentState);
        Assert.Equal("Order #1001 is already marked paid.", again.Error);
        Assert.False(cashPaid.Succeeded);
    }

    [Fact]
    public async Task ListAsync_NewestFirst_PagesAndFiltersByStatus()
    {
        var shop = await fixture.SeedShopAsync(null, ("Salt", 28m, null));
        var orders = new List<Order>();
        for (var i = 0; i < 5; i++)
        {
            var request = Checkout.For(shop.Slug, (shop.Products[0], i + 1));
            orders.Add((await fixture.Placement.PlaceAsync(request, default)).Order!);
        }

        await fixture.Desk.ChangeStatusAsync(shop.SellerId, orders[1].Id, OrderStatus.Accepted, default);
        await fixture.Desk.ChangeStatusAsync(shop.SellerId, orders[3].Id, OrderStatus.Accepted, default);

        var first = await fixture.Desk.ListAsync(shop.SellerId, null, null, 2, default);
        var second = await fixture.Desk.ListAsync(shop.SellerId, null, first.NextBefore, 2, default);
        var third = await fixture.Desk.ListAsync(shop.SellerId, null, second.NextBefore, 2, default);
        var accepted = await fixture.Desk.ListAsync(shop.SellerId, OrderStatus.Accepted, null, 20, default);

        Assert.Equal([1005, 1004], first.Orders.Select(o => o.Number));
        Assert.Equal([1003, 1002], second.Orders.Select(o => o.Number));
        Assert.Equal([1001], third.Orders.Select(o => o.Number));
        Assert.Null(third.NextBefore);
        Assert.Equal(5, first.Orders[0].Items);
        Assert.Equal([1004, 1002], accepted.Orders.Select(o => o.Number));
        Assert.Equal(3, await fixture.Desk.CountAsync(shop.SellerId, OrderStatus.Placed, default));
    }

    private async Task<(SeededShop Shop, Order Order)> PlaceAsync(
        (string Name, decimal Price, int? Stock) product, int quantity = 1)
    {
        var shop = await fixture.SeedShopAsync(null, product);
        var result = await fixture.Placement.PlaceAsync(Checkout.For(shop.Slug, (shop.Products[0], quantity)),
            default);
        Assert.True(result.IsPlaced, string.Join(" ", result.Errors.Values));
        return (shop, result.Order!);
    }
}
