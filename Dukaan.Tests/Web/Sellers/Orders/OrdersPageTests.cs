using Bunit;
using Dukaan.Domain.Ordering;
using Dukaan.Tests.Support;
using Dukaan.Web.Ordering;
using Microsoft.Extensions.DependencyInjection;

namespace Dukaan.Tests.Web.Sellers.Orders;

public sealed class OrdersPageTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private readonly FakePhotoPipeline _photos = new();
    private readonly RecordingCatalogChanges _changes = new();

    [Fact]
    public async Task List_SeveralOrders_NewestFirstWithTotalsAndStatus()
    {
        var shop = await SellerSeed.ShopAsync(database);
        var product = await SellerSeed.ProductAsync(database, shop.ShopId, "Atta", 1299.5m);
        await using var ctx = SellerPageContext.Create(database, shop.SellerId, _photos, _changes);
        await OrderSeed.PlaceAsync(ctx.Services, shop.Slug, product, customerName: "Asha");
        await OrderSeed.PlaceAsync(ctx.Services, shop.Slug, product, quantity: 2, customerName: "Bilal");

        var cut = ctx.Render<OrdersHost>();

        cut.Eventually(() => Assert.Equal(2, cut.FindAll(".order-card").Count));
        var cards = cut.FindAll(".order-card");
        Assert.Equal("#1002", cards[0].QuerySelector(".order-number")!.TextContent);
        Assert.Equal("Bilal", cards[0].QuerySelector(".order-customer")!.TextContent);
        Assert.Equal("₹2,599", cards[0].QuerySelector(".order-total")!.TextContent);
        Assert.Equal("New", cards[0].QuerySelector(".status-chip")!.TextContent);
        Assert.Equal("/seller/orders/1002", cards[0].QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("#1001", cards[1].QuerySelector(".order-number")!.TextContent);
        Assert.EndsWith("+05:30", cards[1].QuerySelector("time")!.GetAttribute("datetime"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Filter_Accepted_ShowsOnlyAcceptedOrders()
    {
        var shop = await SellerSeed.ShopAsync(database);
        var product = await SellerSeed.ProductAsync(database, shop.ShopId, "Atta", 100m);
        await using var ctx = SellerPageContext.Create(database, shop.SellerId, _photos, _changes);
        var first = await OrderSeed.PlaceAsync(ctx.Services, shop.Slug, product, customerName: "Accepted One");
        await OrderSeed.PlaceAsync(ctx.Services, shop.Slug, product, customerName: "Still New");
        var desk = ctx.Services.GetRequiredService<OrderDesk>();
        Assert.True((await desk.ChangeStatusAsync(shop.SellerId, first.Id, OrderStatus.Accepted, default)).Succeeded);
        var cut = ctx.Render<OrdersHost>();
        cut.Eventually(() => Assert.Equal(2, cut.FindAll(".order-card").Count));

        cut.FindAll(".mud-chip").Single(c => c.TextContent.Trim() == "Accepted").Click();

        cut.Eventually(() => Assert.Single(cut.FindAll(".order-card")));
        Assert.Equal("Accepted One", cut.Find(".order-customer").TextContent);
        cut.FindAll(".mud-chip").Single(c => c.TextContent.Trim() == "New").Click();
        cut.Eventually(() => Assert.Equal("Still New", cut.Find(".order-customer").TextContent));
    }

    [Fact]
    public async Task NewOrderSignal_OrderPlacedWhileOpen_AppearsOnTopWithSnackbar()
    {
        var shop = await SellerSeed.ShopAsync(database);
        var product = await SellerSeed.ProductAsync(database, shop.ShopId, "Atta", 100m);
        await using var ctx = SellerPageContext.Create(database, shop.SellerId, _photos, _changes);
        await OrderSeed.PlaceAsync(ctx.Services, shop.Slug, product, customerName: "Earlier");
        var cut = ctx.Render<OrdersHost>();
        cut.Eventually(() => Assert.Single(cut.FindAll(".order-card")));

        var placed = await OrderSeed.PlaceAsync(ctx.Services, shop.Slug, product, customerName: "Just Now");
        ctx.Services.GetRequiredService<IOrderNotifications>().Publish(new OrderSignal(shop.ShopId, placed.Number));

        cut.Eventually(() => Assert.Equal(2, cut.FindAll(".order-card").Count));
        Assert.Equal("Just Now", cut.FindAll(".order-customer")[0].TextContent);
        cut.Eventually(() => Assert.Contains("New order #1002", cut.Markup, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ResyncSignal_NoNumber_ReloadsTheList()
    {
        var shop = await SellerSeed.ShopAsync(database);
        var product = await SellerSeed.ProductAsync(database, shop.ShopId, "Atta", 100m);
        await using var ctx = SellerPageContext.Create(database, shop.SellerId, _photos, _changes);
        var cut = ctx.Render<OrdersHost>();
        cut.Eventually(() => Assert.Contains("No orders yet", cut.Markup, StringComparison.Ordinal));

        await OrderSeed.PlaceAsync(ctx.Services, shop.Slug, product, customerName: "Missed Signal");
        ctx.Services.GetRequiredService<IOrderNotifications>().PublishResync();

        cut.Eventually(() => Assert.Equal("Missed Signal", cut.Find(".order-customer").TextContent));
    }

    [Fact]
    public async Task LoadMore_ThreeOrdersPagesOfTwo_ShowsAllOnceInOrder()
    {
        var shop = await SellerSeed.ShopAsync(database);
        var product = await SellerSeed.ProductAsync(database, shop.ShopId, "Atta", 100m);
        await using var ctx = SellerPageContext.Create(database, shop.SellerId, _photos, _changes);
        for (var i = 0; i < 3; i++)
        {
            await OrderSeed.PlaceAsync(ctx.Services, shop.Slug, product);
        }

        var cut = ctx.Render<OrdersHost>(p => p.Add(h => h.PageSize, 2));
        cut.Eventually(() => Assert.Equal(2, cut.FindAll(".order-card").Count));
        cut.FindAll("button").Single(b => b.TextContent.Trim() == "Load more").Click();

        cut.Eventually(() => Assert.Equal(3, cut.FindAll(".order-card").Count));
        Assert.Equal(["#1003", "#1002", "#1001"], cut.FindAll(".order-number").Select(n => n.TextContent));
        Assert.DoesNotContain(cut.FindAll("button"), b => b.TextContent.Trim() == "Load more");
    }

    [Fact]
    public async Task List_MarkupInCustomerName_IsShownAsText()
    {
        const string name = "<img src=x onerror=alert(1)>";
        var shop = await SellerSeed.ShopAsync(database);
        var product = await SellerSeed.ProductAsync(database, shop.ShopId, "Atta", 100m);
        await using var ctx = SellerPageContext.Create(database, shop.SellerId, _photos, _changes);
        await OrderSeed.PlaceAsync(ctx.Services, shop.Slug, product, customerName: name);

        var cut = ctx.Render<OrdersHost>();

        cut.Eventually(() => Assert.Equal(name, cut.Find(".order-customer").TextContent));
        Assert.Empty(cut.FindAll("img[src=x]"));
    }
}
