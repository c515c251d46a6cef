using Dukaan.Domain.Catalog;
using Dukaan.Domain.Ordering;
using Microsoft.EntityFrameworkCore;

namespace Dukaan.Tests.Web.Ordering;

/// <summary>What a customer agreed to, and what stock gave, is all an order may charge or give back.</summary>
public sealed class OrderSafeguardTests(OrderingFixture fixture) : IClassFixture<OrderingFixture>
{
    [Fact]
    public async Task PlaceAsync_TotalChangedSinceCheckoutWasShown_RefusedAndNothingTaken()
    {
        var shop = await fixture.SeedShopAsync(null, ("Tata Salt 1 kg", 28m, 10));
        var request = Checkout.For(shop.Slug, (shop.Products[0], 2)) with { ExpectedTotalPaise = 5600 };
        await using (var db = await fixture.Writes.CreateDbContextAsync())
        {
            var product = await db.Products.SingleAsync(p => p.Id == shop.Products[0]);
            product.Update(product.Name, Money.FromRupees(500), DateTimeOffset.UtcNow);
            await db.SaveChangesAsync();
        }

        var result = await fixture.Placement.PlaceAsync(request, default);

        Assert.False(result.IsPlaced);
        Assert.Contains("the total is now ₹1,000", result.Errors[CheckoutFields.Cart], StringComparison.Ordinal);
        Assert.Equal(0, await fixture.OrderCountAsync(shop.ShopId));
        Assert.Equal(10, await fixture.StockAsync(shop.Products[0]));
    }

    [Fact]
    public async Task PlaceAsync_TotalAsShown_IsPlaced()
    {
        var shop = await fixture.SeedShopAsync(null, ("Tata Salt 1 kg", 28m, 10));

        var result = await fixture.Placement.PlaceAsync(
            Checkout.For(shop.Slug, (shop.Products[0], 2)) with { ExpectedTotalPaise = 5600 }, default);

        Assert.True(result.IsPlaced, string.Join(" ", result.Errors.Values));
    }

    [Fact]
    public async Task Reject_ProductStartedCountingStockAfterTheOrder_GainsNothing()
    {
        var shop = await fixture.SeedShopAsync(null, ("Tata Salt 1 kg", 28m, null));
        var placed = await fixture.Placement.PlaceAsync(Checkout.For(shop.Slug, (shop.Products[0], 2)), default);
        await using (var db = await fixture.Writes.CreateDbContextAsync())
        {
            var product = await db.Products.SingleAsync(p => p.Id == shop.Products[0]);
            product.SetStock(5, DateTimeOffset.UtcNow);
            await db.SaveChangesAsync();
        }

        var rejected = await fixture.Desk.ChangeStatusAsync(
            shop.SellerId, placed.Order!.Id, OrderStatus.Rejected, default);

        Assert.Null(rejected.Error);
        Assert.Equal(5, await fixture.StockAsync(shop.Products[0]));
    }

    [Fact]
    public async Task UpiOrder_ShopChangesOrDropsItsUpiId_StillPaysTheIdItWasPlacedWith()
    {
        UpiId.TryParse("ramkirana@okhdfc", out var upi, out _);
        var shop = await fixture.SeedShopAsync(
            s => s.SetOrderSettings(true, upi, DeliveryPolicy.Free, false, DateTimeOffset.UtcNow),
            ("Tata Salt 1 kg", 28m, null));
        var placed = await fixture.Placement.PlaceAsync(
            Checkout.For(shop.Slug, (shop.Products[0], 1)) with { Payment = PaymentMethod.Upi }, default);
        await using (var db = await fixture.Writes.CreateDbContextAsync())
        {
            var stored = await db.Shops.SingleAsync(s => s.Id == shop.ShopId);
            stored.SetOrderSettings(true, null, DeliveryPolicy.Free, false, DateTimeOffset.UtcNow);
            await db.SaveChangesAsync();
        }

        var view = await fixture.Customers.FindAsync(placed.Order!.Token, default);

        Assert.StartsWith("upi://pay?pa=ramkirana%40okhdfc&", view!.UpiPayLinkOrNull, StringComparison.Ordinal);
    }
}
