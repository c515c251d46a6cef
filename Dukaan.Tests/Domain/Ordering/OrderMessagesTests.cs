using Dukaan.Domain.Catalog;
using Dukaan.Domain.Ordering;

namespace Dukaan.Tests.Domain.Ordering;

public sealed class OrderMessagesTests
{
    [Fact]
    public void ToShop_Order_ListsLinesTotalsAndCustomer()
    {
        var order = OrderTests.Place(PaymentMethod.CashOnDelivery, new DeliveryPolicy(Money.FromRupees(40), null),
            new OrderLine(Guid.NewGuid(), "Amul Butter 500 g", Money.FromRupees(285), 2));

        var text = OrderMessages.ToShop(order, "Ram Kirana", "https://dukaan.example/o/abc");

        Assert.Equal(
            "New order #1001 for Ram Kirana\n2 x Amul Butter 500 g = ₹570\nDelivery: ₹40\nTotal: ₹610\n"
            + "Payment: Cash on delivery\nName: Sunita\nPhone: +919812345678\nAddress: 12 MG Road, 560038\n"
            + "Note: Ring twice\nhttps://dukaan.example/o/abc",
            text);
    }

    [Fact]
    public void StatusUpdate_Shipped_TellsCustomer()
    {
        var order = OrderTests.Place(PaymentMethod.CashOnDelivery, DeliveryPolicy.Free,
            new OrderLine(Guid.NewGuid(), "Salt", Money.FromRupees(1000), 1));
        order.TryMoveTo(OrderStatus.Accepted, DateTimeOffset.UtcNow, out _);
        order.TryMoveTo(OrderStatus.Shipped, DateTimeOffset.UtcNow, out _);

        var text = OrderMessages.StatusUpdate(order, "Ram Kirana");

        Assert.Equal("Namaste Sunita, your order #1001 from Ram Kirana is on its way. Total ₹1,000.", text);
    }

    [Fact]
    public void WhatsAppLink_To_DigitsAndEncodedText()
    {
        var link = WhatsAppLink.To("+919812345678", "Order #1001 & more\nTotal ₹40");

        Assert.Equal("https://wa.me/919812345678?text=Order%20%231001%20%26%20more%0ATotal%20%E2%82%B940", link);
    }

    [Fact]
    public void OrderToken_New_UrlSafe128Bits()
    {
        var tokens = Enumerable.Range(0, 1000).Select(_ => OrderToken.New()).ToList();

        Assert.All(tokens, t => Assert.True(OrderToken.IsWellFormed(t)));
        Assert.Equal(1000, tokens.Distinct(StringComparer.Ordinal).Count());
        Assert.False(OrderToken.IsWellFormed("abc/def+ghi=jklmnopqrs"));
    }
}
