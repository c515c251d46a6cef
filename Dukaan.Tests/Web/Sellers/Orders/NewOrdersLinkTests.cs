using Bunit;
using Dukaan.Domain.Ordering;
using Dukaan.Tests.Support;
using Dukaan.Web.Ordering;
using Dukaan.Web.Sellers.Orders;
using Microsoft.Extensions.DependencyInjection;

namespace Dukaan.Tests.Web.Sellers.Orders;

public sealed class NewOrdersLinkTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private readonly FakePhotoPipeline _photos = new();
    private readonly RecordingCatalogChanges _changes = new();

    [Fact]
    public async Task Badge_NewOrderSignalThenAccepted_CountsPlacedOrdersLive()
    {
        var shop = await SellerSeed.ShopAsync(database);
        var product = await SellerSeed.ProductAsync(database, shop.ShopId, "Atta", 100m);
        await using var ctx = SellerPageContext.Create(database, shop.SellerId, _photos, _changes);
        var cut = ctx.Render<NewOrdersLinkHost>();
        cut.Eventually(() => Assert.Equal("Orders", cut.Find(".orders-link").GetAttribute("aria-label")));

        var order = await OrderSeed.PlaceAsync(ctx.Services, shop.Slug, product);
        ctx.Services.GetRequiredService<IOrderNotifications>().Publish(new OrderSignal(shop.ShopId, order.Number));

        cut.Eventually(() => Assert.Equal("Orders, 1 new", cut.Find(".orders-link").GetAttribute("aria-label")));
        Assert.Contains("New order #1001", cut.Markup, StringComparison.Ordinal);
        await ctx.Services.GetRequiredService<OrderDesk>()
            .ChangeStatusAsync(shop.SellerId, order.Id, OrderStatus.Accepted, default);
        await ctx.Services.GetRequiredService<SellerOrderEvents>().NotifyChangedAsync();
        cut.Eventually(() => Assert.Equal("Orders", cut.Find(".orders-link").GetAttribute("aria-label")));
    }
}
