using Dukaan.Domain.Ordering;

namespace Dukaan.Tests.Web.Ordering;

public sealed class CustomerOrdersTests(OrderingFixture fixture) : IClassFixture<OrderingFixture>
{
    [Fact]
    public async Task FindAsync_TokenOfPlacedOrder_ReturnsOrderWithShopAndLinks()
    {
        UpiId.TryParse("ramkirana@okhdfc", out var upi, out _);
        var shop = await fixture.SeedShopAsync(
            s => s.SetOrderSettings(true, upi, DeliveryPolicy.Free, false, DateTimeOffset.UtcNow),
            ("Tata Salt", 28m, 9));
        var placed = await fixture.Placement.PlaceAsync(
            Checkout.For(shop.Slug, (shop.Products[0], 2)) with { Payment = PaymentMethod.Upi }, default);

        var view = await fixture.Customers.FindAsync(placed.Order!.Token, default);

        Assert.NotNull(view);
        Assert.Equal(placed.Order.Id, view.Order.Id);
        Assert.Equal("Tata Salt", Assert.Single(view.Order.Lines).ProductName);
        Assert.Equal(shop.Slug, view.ShopSlug);
        Assert.StartsWith("https://wa.me/" + shop.SellerPhone[1..] + "?text=New%20order%20%231001",
            view.WhatsAppToShop(), StringComparison.Ordinal);
        Assert.Equal(
            "upi://pay?pa=ramkirana%40okhdfc&pn=" + Uri.EscapeDataString(view.ShopName)
            + "&am=56.00&cu=INR&tn=Order%20%231001",
            view.UpiPayLinkOrNull);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not-a-token")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAA")]
    public async Task FindAsync_UnknownOrJunkToken_ReturnsNull(string? token)
    {
        Assert.Null(await fixture.Customers.FindAsync(token, default));
    }
}
