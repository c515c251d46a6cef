using Bunit;
using Dukaan.Domain.Ordering;
using Dukaan.Tests.Support;
using Dukaan.Web.Ordering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dukaan.Tests.Web.Sellers.Orders;

public sealed class OrderDetailPageTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private readonly FakePhotoPipeline _photos = new();
    private readonly RecordingCatalogChanges _changes = new();

    [Fact]
    public async Task Detail_PlacedOrder_ShowsOrderAndOnlyLegalMoves()
    {
        var shop = await SellerSeed.ShopAsync(database);
        var product = await SellerSeed.ProductAsync(database, shop.ShopId, "Toor Dal 1 kg", 189.5m);
        await using var ctx = SellerPageContext.Create(database, shop.SellerId, _photos, _changes);
        await OrderSeed.PlaceAsync(ctx.Services, shop.Slug, product, quantity: 2, note: "Ring twice");

        var cut = ctx.Render<OrderDetailHost>(p => p.Add(h => h.Number, 1001));

        cut.Eventually(() => Assert.Equal("Order #1001", cut.Find("h1").TextContent.Trim()));
        Assert.Equal(["Accept", "Reject", "Cancel order"], ActionButtons(cut));
        Assert.Contains("2 × Toor Dal 1 kg", cut.Find(".line-name").TextContent, StringComparison.Ordinal);
        Assert.Equal("₹379", cut.Find(".order-total").TextContent);
        Assert.Equal("tel:+919812345678", cut.Find(".customer-phone").GetAttribute("href"));
        Assert.Equal("560038", cut.Find(".customer-pincode").TextContent);
        Assert.Equal("Note: Ring twice", cut.Find(".customer-note").TextContent);
        Assert.Contains("Cash on delivery", cut.Find(".payment").TextContent, StringComparison.Ordinal);
        Assert.Single(cut.FindAll(".timeline-step"));
        Assert.Empty(cut.FindAll(".mark-paid"));
    }

    [Fact]
    public async Task Accept_PlacedOrder_MovesOnOffersWhatsAppAndShowsNextMoves()
    {
        var shop = await SellerSeed.ShopAsync(database, "Meena Stores");
        var product = await SellerSeed.ProductAsync(database, shop.ShopId, "Atta", 100m);
        await using var ctx = SellerPageContext.Create(database, shop.SellerId, _photos, _changes);
        await OrderSeed.PlaceAsync(ctx.Services, shop.Slug, product);
        var cut = ctx.Render<OrderDetailHost>(p => p.Add(h => h.Number, 1001));
        cut.Eventually(() => Assert.NotEmpty(ActionButtons(cut)));

        Button(cut, "Accept").Click();

        cut.Eventually(() => Assert.Equal(["Ship", "Reject", "Cancel order"], ActionButtons(cut)));
        var link = cut.Find("a.tell-customer").GetAttribute("href")!;
        Assert.StartsWith("https://wa.me/919812345678?text=", link, StringComparison.Ordinal);
        var text = Uri.UnescapeDataString(link[(link.IndexOf('=', StringComparison.Ordinal) + 1)..]);
        Assert.StartsWith("Namaste Sunita Sharma, your order #1001 from Meena Stores has been accepted", text,
            StringComparison.Ordinal);
        Assert.Equal(["Placed", "Accepted"], cut.FindAll(".step-status").Select(s => s.TextContent));
    }

    [Fact]
    public async Task Reject_AsksFirstAndPutsStockBackOnlyWhenConfirmed()
    {
        var shop = await SellerSeed.ShopAsync(database);
        var product = await SellerSeed.ProductAsync(database, shop.ShopId, "Ghee", 650m, stock: 5);
        await using var ctx = SellerPageContext.Create(database, shop.SellerId, _photos, _changes);
        await OrderSeed.PlaceAsync(ctx.Services, shop.Slug, product, quantity: 2);
        var cut = ctx.Render<OrderDetailHost>(p => p.Add(h => h.Number, 1001));
        cut.Eventually(() => Assert.NotEmpty(ActionButtons(cut)));

        Button(cut, "Reject").Click();
        cut.Eventually(() => Assert.Contains("go back into your stock", cut.Markup, StringComparison.Ordinal));
        Assert.Equal(3, await StockAsync(product));
        cut.FindAll(".mud-dialog button").Single(b => b.TextContent.Trim() == "Keep order").Click();
        cut.Eventually(() => Assert.Empty(cut.FindAll(".mud-dialog")));
        Assert.Equal(3, await StockAsync(product));

        Button(cut, "Reject").Click();
        cut.Eventually(() => Assert.NotEmpty(cut.FindAll(".mud-dialog button")));
        cut.FindAll(".mud-dialog button").Single(b => b.TextContent.Trim() == "Reject order").Click();

        cut.Eventually(() => Assert.Equal("Rejected", cut.Find(".order-head .status-chip").TextContent));
        Assert.Empty(ActionButtons(cut));
        Assert.Equal(5, await StockAsync(product));
    }

    [Fact]
    public async Task Move_ChangedMeanwhile_ShowsTheDesksMessage()
    {
        var shop = await SellerSeed.ShopAsync(database);
        var product = await SellerSeed.ProductAsync(database, shop.ShopId, "Atta", 100m);
        await using var ctx = SellerPageContext.Create(database, shop.SellerId, _photos, _changes);
        var order = await OrderSeed.PlaceAsync(ctx.Services, shop.Slug, product);
        var cut = ctx.Render<OrderDetailHost>(p => p.Add(h => h.Number, 1001));
        cut.Eventually(() => Assert.NotEmpty(ActionButtons(cut)));
        var desk = ctx.Services.GetRequiredService<OrderDesk>();
        await desk.ChangeStatusAsync(shop.SellerId, order.Id, OrderStatus.Cancelled, default);

        Button(cut, "Accept").Click();

        cut.Eventually(() => Assert.Contains(
            "Order #1001 is cancelled: it cannot be marked accepted.", cut.Find(".order-refused").TextContent,
            StringComparison.Ordinal));
        Assert.Empty(ActionButtons(cut));
        Assert.Empty(cut.FindAll("a.tell-customer"));
    }

    [Fact]
    public async Task MarkPaid_UpiOrderPending_RecordsPayment()
    {
        var shop = await SellerSeed.ShopAsync(database);
        await using (var db = await database.Writes.CreateDbContextAsync())
        {
            var stored = await db.Shops.SingleAsync(s => s.Id == shop.ShopId);
            UpiId.TryParse("meena@okhdfc", out var upi, out _);
            stored.SetOrderSettings(true, upi, DeliveryPolicy.Free, false, DateTimeOffset.UtcNow);
            await db.SaveChangesAsync();
        }

        var product = await SellerSeed.ProductAsync(database, shop.ShopId, "Atta", 100m);
        await using var ctx = SellerPageContext.Create(database, shop.SellerId, _photos, _changes);
        await OrderSeed.PlaceAsync(ctx.Services, shop.Slug, product, payment: PaymentMethod.Upi);
        var cut = ctx.Render<OrderDetailHost>(p => p.Add(h => h.Number, 1001));
        cut.Eventually(() => Assert.Contains("payment pending", cut.Find(".payment").TextContent,
            StringComparison.Ordinal));

        cut.Find(".mark-paid").Click();

        cut.Eventually(() => Assert.Contains("paid (", cut.Find(".payment").TextContent, StringComparison.Ordinal));
        Assert.Empty(cut.FindAll(".mark-paid"));
    }

    [Fact]
    public async Task Detail_AnotherShopsOrderNumber_IsNotFound()
    {
        var owner = await SellerSeed.ShopAsync(database);
        var intruder = await SellerSeed.ShopAsync(database);
        var product = await SellerSeed.ProductAsync(database, owner.ShopId, "Secret Masala", 50m);
        await using var ctx = SellerPageContext.Create(database, intruder.SellerId, _photos, _changes);
        await OrderSeed.PlaceAsync(ctx.Services, owner.Slug, product, customerName: "Owner's Customer");

        var cut = ctx.Render<OrderDetailHost>(p => p.Add(h => h.Number, 1001));

        cut.Eventually(() => Assert.Equal("Order not found", cut.Find("h1").TextContent.Trim()));
        Assert.DoesNotContain("Owner's Customer", cut.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("Secret Masala", cut.Markup, StringComparison.Ordinal);
        Assert.Empty(ActionButtons(cut));
    }

    [Fact]
    public async Task Detail_MarkupInCustomerFields_IsShownAsText()
    {
        const string markup = "<img src=x onerror=alert(1)>";
        var shop = await SellerSeed.ShopAsync(database);
        var product = await SellerSeed.ProductAsync(database, shop.ShopId, "Atta", 100m);
        await using var ctx = SellerPageContext.Create(database, shop.SellerId, _photos, _changes);
        await OrderSeed.PlaceAsync(ctx.Services, shop.Slug, product, customerName: markup,
            address: "<b>House</b> 4", note: "<script>alert(2)</script>");

        var cut = ctx.Render<OrderDetailHost>(p => p.Add(h => h.Number, 1001));

        cut.Eventually(() => Assert.Equal(markup, cut.Find(".customer-name").TextContent));
        Assert.StartsWith("<b>House</b> 4", cut.Find(".customer-address").TextContent, StringComparison.Ordinal);
        Assert.Equal("Note: <script>alert(2)</script>", cut.Find(".customer-note").TextContent);
        Assert.Empty(cut.FindAll("img[src=x]"));
        Assert.Empty(cut.FindAll(".order-section b"));
        Assert.Empty(cut.FindAll(".order-section script"));
    }

    private static List<string> ActionButtons(IRenderedComponent<OrderDetailHost> cut) =>
        [.. cut.FindAll(".order-actions button").Select(b => b.TextContent.Trim())];

    private static AngleSharp.Dom.IElement Button(IRenderedComponent<OrderDetailHost> cut, string text) =>
        cut.FindAll(".order-actions button").Single(b => b.TextContent.Trim() == text);

    private async Task<int?> StockAsync(Guid productId)
    {
        await using var db = await database.Writes.CreateDbContextAsync();
        return await db.Products.Where(p => p.Id == productId).Select(p => p.Stock).SingleAsync();
    }
}
