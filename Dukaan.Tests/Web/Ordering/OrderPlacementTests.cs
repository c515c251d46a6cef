using Dukaan.Domain.Catalog;
using Dukaan.Domain.Ordering;
using Microsoft.EntityFrameworkCore;

namespace Dukaan.Tests.Web.Ordering;

public sealed class OrderPlacementTests(OrderingFixture fixture) : IClassFixture<OrderingFixture>
{
    private static readonly DeliveryPolicy FortyUnderFiveHundred = new(Money.FromRupees(40), Money.FromRupees(500));

    [Fact]
    public async Task PlaceAsync_ValidCart_SavesOrderLinesAndTimeline()
    {
        var shop = await fixture.SeedShopAsync(null, ("Tata Salt 1 kg", 28m, null), ("Amul Butter 500 g", 285m, 5));

        var result = await fixture.Placement.PlaceAsync(
            Checkout.For(shop.Slug, (shop.Products[0], 2), (shop.Products[1], 1)), default);

        Assert.True(result.IsPlaced, string.Join(" ", result.Errors.Values));
        await using var db = await fixture.Writes.CreateDbContextAsync();
        var saved = await db.Orders.Include(o => o.Lines).Include(o => o.Events)
            .SingleAsync(o => o.ShopId == shop.ShopId);
        Assert.Equal(1001, saved.Number);
        Assert.Equal(Money.FromRupees(341), saved.Total);
        Assert.Equal(2, saved.Lines.Count);
        Assert.Equal(OrderStatus.Placed, Assert.Single(saved.Events).Status);
        Assert.Equal(PaymentState.NotApplicable, saved.PaymentState);
        Assert.True(OrderToken.IsWellFormed(saved.Token));
        Assert.Equal("+919812345678", saved.CustomerPhone);
        Assert.Equal(4, await fixture.StockAsync(shop.Products[1]));
        Assert.Null(await fixture.StockAsync(shop.Products[0]));
    }

    [Fact]
    public async Task PlaceAsync_PriceChangedInDatabase_UsesDatabasePrice()
    {
        var shop = await fixture.SeedShopAsync(null, ("Parle-G Gold 1 kg", 100m, null));
        var first = await fixture.Placement.PlaceAsync(Checkout.For(shop.Slug, (shop.Products[0], 3)), default);
        await using (var db = await fixture.Writes.CreateDbContextAsync())
        {
            var product = await db.Products.SingleAsync(p => p.Id == shop.Products[0]);
            product.Update(product.Name, Money.FromRupees(110.50m), DateTimeOffset.UtcNow);
            await db.SaveChangesAsync();
        }

        var second = await fixture.Placement.PlaceAsync(Checkout.For(shop.Slug, (shop.Products[0], 3)), default);

        Assert.Equal(Money.FromRupees(100), first.Order!.Lines[0].UnitPrice);
        Assert.Equal(Money.FromRupees(300), first.Order.Subtotal);
        Assert.Equal(Money.FromRupees(110.50m), second.Order!.Lines[0].UnitPrice);
        Assert.Equal(Money.FromRupees(331.50m), second.Order.Total);
    }

    [Theory]
    [InlineData(4, 40)]
    [InlineData(5, 0)]
    public async Task PlaceAsync_DeliveryPolicy_ChargesBelowThresholdOnly(int quantity, decimal expectedCharge)
    {
        var shop = await fixture.SeedShopAsync(
            s => s.SetOrderSettings(true, null, FortyUnderFiveHundred, false, DateTimeOffset.UtcNow),
            ("Basmati Rice 1 kg", 100m, null));

        var result = await fixture.Placement.PlaceAsync(Checkout.For(shop.Slug, (shop.Products[0], quantity)),
            default);

        var order = result.Order!;
        Assert.Equal(Money.FromRupees(expectedCharge), order.DeliveryCharge);
        Assert.Equal(Money.FromRupees(quantity * 100 + expectedCharge), order.Total);
    }

    [Fact]
    public async Task PlaceAsync_OneLineShortOfStock_SavesNothingAndNamesItem()
    {
        var shop = await fixture.SeedShopAsync(null, ("Toor Dal 1 kg", 189m, 5), ("Amul Pure Ghee 1 L", 650m, 1));

        var result = await fixture.Placement.PlaceAsync(
            Checkout.For(shop.Slug, (shop.Products[0], 2), (shop.Products[1], 3)), default);

        Assert.False(result.IsPlaced);
        var shortage = Assert.Single(result.Shortages);
        Assert.Equal("Amul Pure Ghee 1 L", shortage.ProductName);
        Assert.Equal(1, shortage.Left);
        Assert.Contains("Only 1 left of Amul Pure Ghee 1 L", result.Errors[CheckoutFields.Cart],
            StringComparison.Ordinal);
        Assert.Equal(0, await fixture.OrderCountAsync(shop.ShopId));
        Assert.Equal(5, await fixture.StockAsync(shop.Products[0]));
        Assert.Equal(1, await fixture.StockAsync(shop.Products[1]));

        var next = await fixture.Placement.PlaceAsync(Checkout.For(shop.Slug, (shop.Products[1], 1)), default);
        Assert.Equal(1001, next.Order!.Number);
    }

    [Fact]
    public async Task PlaceAsync_ZeroStock_RefusedAsSoldOut()
    {
        var shop = await fixture.SeedShopAsync(null, ("Paneer 200 g", 95m, 0));

        var result = await fixture.Placement.PlaceAsync(Checkout.For(shop.Slug, (shop.Products[0], 1)), default);

        Assert.Equal("Paneer 200 g is sold out.", Assert.Single(result.Shortages).Message);
        Assert.Equal(0, await fixture.StockAsync(shop.Products[0]));
    }

    [Fact]
    public async Task PlaceAsync_SameKeyTwice_ReturnsFirstOrder()
    {
        var shop = await fixture.SeedShopAsync(null, ("Good Day 200 g", 40m, 10));
        var request = Checkout.For(shop.Slug, (shop.Products[0], 2));

        var first = await fixture.Placement.PlaceAsync(request, default);
        var second = await fixture.Placement.PlaceAsync(request, default);

        Assert.False(first.IsRepeat);
        Assert.True(second.IsRepeat);
        Assert.Equal(first.Order!.Id, second.Order!.Id);
        Assert.Equal(1, await fixture.OrderCountAsync(shop.ShopId));
        Assert.Equal(8, await fixture.StockAsync(shop.Products[0]));
    }

    [Fact]
    public async Task PlaceAsync_SameKeyConcurrently_CreatesOneOrder()
    {
        var shop = await fixture.SeedShopAsync(null, ("Aloo Bhujia 400 g", 110m, 50), ("Salt", 28m, null));
        var request = Checkout.For(shop.Slug, (shop.Products[0], 2), (shop.Products[1], 1));

        var results = await Task.WhenAll(Enumerable.Range(0, 12)
            .Select(_ => Task.Run(() => fixture.Placement.PlaceAsync(request, default))));

        Assert.All(results, r => Assert.True(r.IsPlaced));
        Assert.Single(results.Select(r => r.Order!.Id).Distinct());
        Assert.Single(results, r => !r.IsRepeat);
        Assert.Equal(1, await fixture.OrderCountAsync(shop.ShopId));
        Assert.Equal(48, await fixture.StockAsync(shop.Products[0]));
    }

    [Fact]
    public async Task PlaceAsync_BadCustomerDetails_ReturnsMessagePerField()
    {
        var shop = await fixture.SeedShopAsync(null, ("Atta 5 kg", 285m, null));
        var request = Checkout.For(shop.Slug, (shop.Products[0], 1)) with
        {
            CustomerName = "  ",
            Phone = "12345",
            Address = "",
            Pincode = "01234",
            Payment = null,
        };

        var result = await fixture.Placement.PlaceAsync(request, default);

        Assert.False(result.IsPlaced);
        Assert.Equal(
            new[] { CheckoutFields.Address, CheckoutFields.Name, CheckoutFields.Payment, CheckoutFields.Phone,
                CheckoutFields.Pincode },
            result.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("Enter your name.", result.Errors[CheckoutFields.Name]);
        Assert.Equal(0, await fixture.OrderCountAsync(shop.ShopId));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(100)]
    public async Task PlaceAsync_QuantityOutsideOneToNinetyNine_Refused(int quantity)
    {
        var shop = await fixture.SeedShopAsync(null, ("Sunflower Oil 1 L", 165m, null));

        var result = await fixture.Placement.PlaceAsync(Checkout.For(shop.Slug, (shop.Products[0], quantity)),
            default);

        Assert.Equal("Choose between 1 and 99 of each item.", result.Errors[CheckoutFields.Cart]);
        Assert.Equal(0, await fixture.OrderCountAsync(shop.ShopId));
    }

    [Fact]
    public async Task PlaceAsync_EmptyCart_Refused()
    {
        var shop = await fixture.SeedShopAsync(null, ("Sunflower Oil 1 L", 165m, null));

        var result = await fixture.Placement.PlaceAsync(Checkout.For(shop.Slug), default);

        Assert.StartsWith("Your cart is empty", result.Errors[CheckoutFields.Cart], StringComparison.Ordinal);
    }

    [Fact]
    public async Task PlaceAsync_ProductOfAnotherShop_Refused()
    {
        var mine = await fixture.SeedShopAsync(null, ("Mine", 10m, null));
        var theirs = await fixture.SeedShopAsync(null, ("Theirs", 10m, 3));

        var result = await fixture.Placement.PlaceAsync(Checkout.For(mine.Slug, (theirs.Products[0], 1)), default);

        Assert.False(result.IsPlaced);
        Assert.True(result.Errors.ContainsKey(CheckoutFields.Cart));
        Assert.Equal(3, await fixture.StockAsync(theirs.Products[0]));
    }

    [Fact]
    public async Task PlaceAsync_UpiAtShopWithoutUpiId_Refused()
    {
        var shop = await fixture.SeedShopAsync(null, ("Ghee", 650m, null));
        var request = Checkout.For(shop.Slug, (shop.Products[0], 1)) with { Payment = PaymentMethod.Upi };

        var result = await fixture.Placement.PlaceAsync(request, default);

        Assert.Equal("This shop does not take UPI payments. Choose cash on delivery.",
            result.Errors[CheckoutFields.Payment]);
    }

    [Fact]
    public async Task PlaceAsync_CashAtUpiOnlyShop_RefusedAndUpiStartsPending()
    {
        UpiId.TryParse("ramkirana@okhdfc", out var upi, out _);
        var shop = await fixture.SeedShopAsync(
            s => s.SetOrderSettings(false, upi, DeliveryPolicy.Free, false, DateTimeOffset.UtcNow),
            ("Ghee", 650m, null));

        var cash = await fixture.Placement.PlaceAsync(Checkout.For(shop.Slug, (shop.Products[0], 1)), default);
        var byUpi = await fixture.Placement.PlaceAsync(
            Checkout.For(shop.Slug, (shop.Products[0], 1)) with { Payment = PaymentMethod.Upi }, default);

        Assert.True(cash.Errors.ContainsKey(CheckoutFields.Payment));
        Assert.Equal(PaymentState.Pending, byUpi.Order!.PaymentState);
    }

    [Fact]
    public async Task PlaceAsync_AutoAcceptShop_OrderAcceptedWithBothSteps()
    {
        var shop = await fixture.SeedShopAsync(
            s => s.SetOrderSettings(true, null, DeliveryPolicy.Free, true, DateTimeOffset.UtcNow),
            ("Dal", 189m, null));

        var result = await fixture.Placement.PlaceAsync(Checkout.For(shop.Slug, (shop.Products[0], 1)), default);

        Assert.Equal(OrderStatus.Accepted, result.Order!.Status);
        Assert.Equal([OrderStatus.Placed, OrderStatus.Accepted], result.Order.Events.Select(e => e.Status));
    }

    [Fact]
    public async Task PlaceAsync_TrackedStock_ReportsChangeAndTellsCatalog()
    {
        var tracked = await fixture.SeedShopAsync(null, ("Counted", 10m, 4), ("Uncounted", 10m, null));
        var untracked = await fixture.SeedShopAsync(null, ("Uncounted", 10m, null));

        var first = await fixture.Placement.PlaceAsync(
            Checkout.For(tracked.Slug, (tracked.Products[0], 1), (tracked.Products[1], 1)), default);
        var second = await fixture.Placement.PlaceAsync(Checkout.For(untracked.Slug, (untracked.Products[0], 1)),
            default);

        Assert.Equal([tracked.Products[0]], first.StockChangedProductIds);
        Assert.Empty(second.StockChangedProductIds);
        Assert.Contains(tracked.ShopId, fixture.ChangedShops);
        Assert.DoesNotContain(untracked.ShopId, fixture.ChangedShops);
    }

    [Fact]
    public async Task PlaceAsync_TwoShops_NumberIndependently()
    {
        var a = await fixture.SeedShopAsync(null, ("A", 10m, null));
        var b = await fixture.SeedShopAsync(null, ("B", 10m, null));

        var a1 = await fixture.Placement.PlaceAsync(Checkout.For(a.Slug, (a.Products[0], 1)), default);
        var a2 = await fixture.Placement.PlaceAsync(Checkout.For(a.Slug, (a.Products[0], 1)), default);
        var b1 = await fixture.Placement.PlaceAsync(Checkout.For(b.Slug, (b.Products[0], 1)), default);

        Assert.Equal("#1001", a1.Order!.DisplayNumber);
        Assert.Equal("#1002", a2.Order!.DisplayNumber);
        Assert.Equal("#1001", b1.Order!.DisplayNumber);
    }

    [Fact]
    public async Task PlaceAsync_ConcurrentCheckouts_NumbersUniqueAndGapless()
    {
        var shop = await fixture.SeedShopAsync(null, ("Busy", 10m, null));

        var results = await Task.WhenAll(Enumerable.Range(0, 30).Select(_ =>
            Task.Run(() => fixture.Placement.PlaceAsync(Checkout.For(shop.Slug, (shop.Products[0], 1)), default))));

        Assert.Equal(Enumerable.Range(1001, 30), results.Select(r => r.Order!.Number).Order());
    }
}
