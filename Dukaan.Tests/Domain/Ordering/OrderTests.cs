using Dukaan.Domain.Catalog;
using Dukaan.Domain.Identity;
using Dukaan.Domain.Ordering;

namespace Dukaan.Tests.Domain.Ordering;

public sealed class OrderTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Place_TwoLines_TotalsExactInPaise()
    {
        var order = Place(PaymentMethod.CashOnDelivery, new DeliveryPolicy(Money.FromRupees(40), null),
            new OrderLine(Guid.NewGuid(), "Toor Dal", Money.FromRupees(189.50m), 3),
            new OrderLine(Guid.NewGuid(), "Salt", Money.FromRupees(28), 1));

        Assert.Equal(Money.FromPaise(59_650), order.Subtotal);
        Assert.Equal(Money.FromRupees(40), order.DeliveryCharge);
        Assert.Equal(Money.FromPaise(63_650), order.Total);
        Assert.Equal("₹636.50", order.Total.ToString());
        Assert.Equal("#1001", order.DisplayNumber);
        Assert.Equal(OrderStatus.Placed, Assert.Single(order.Events).Status);
        Assert.Equal(PaymentState.NotApplicable, order.PaymentState);
    }

    [Fact]
    public void Place_Upi_StartsPending()
    {
        var order = Place(PaymentMethod.Upi, DeliveryPolicy.Free, Line());

        Assert.Equal(PaymentState.Pending, order.PaymentState);
    }

    [Fact]
    public void Place_NoLines_Throws()
    {
        Assert.Throws<ArgumentException>(() => Place(PaymentMethod.CashOnDelivery, DeliveryPolicy.Free));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(100)]
    public void OrderLine_QuantityOutsideRange_Throws(int quantity)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new OrderLine(Guid.NewGuid(), "Salt", Money.FromRupees(1),
            quantity));
    }

    [Fact]
    public void TryMoveTo_IllegalMove_RefusedAndUnchanged()
    {
        var order = Place(PaymentMethod.CashOnDelivery, DeliveryPolicy.Free, Line());

        var moved = order.TryMoveTo(OrderStatus.Shipped, Now, out var error);

        Assert.False(moved);
        Assert.Equal("Order #1001 is placed: it cannot be marked shipped.", error);
        Assert.Equal(OrderStatus.Placed, order.Status);
        Assert.Single(order.Events);
    }

    [Fact]
    public void TryMoveTo_Reject_MarksStockReturnedOnceAndEndsOrder()
    {
        var order = Place(PaymentMethod.CashOnDelivery, DeliveryPolicy.Free, Line());

        Assert.True(order.TryMoveTo(OrderStatus.Accepted, Now.AddMinutes(1), out _));
        Assert.False(order.StockReturned);
        Assert.True(order.TryMoveTo(OrderStatus.Rejected, Now.AddMinutes(2), out _));

        Assert.True(order.StockReturned);
        Assert.False(order.TryMoveTo(OrderStatus.Cancelled, Now.AddMinutes(3), out _));
        Assert.Equal([OrderStatus.Placed, OrderStatus.Accepted, OrderStatus.Rejected],
            order.Events.Select(e => e.Status));
    }

    [Fact]
    public void TryMarkPaid_UpiPending_PaidOnce()
    {
        var order = Place(PaymentMethod.Upi, DeliveryPolicy.Free, Line());

        Assert.True(order.TryMarkPaid(Now, out _));
        Assert.False(order.TryMarkPaid(Now, out var error));

        Assert.Equal(PaymentState.Paid, order.PaymentState);
        Assert.Equal(Now, order.PaidAt);
        Assert.Equal("Order #1001 is already marked paid.", error);
    }

    [Fact]
    public void TryMarkPaid_CashOrCancelled_Refused()
    {
        var cash = Place(PaymentMethod.CashOnDelivery, DeliveryPolicy.Free, Line());
        var cancelled = Place(PaymentMethod.Upi, DeliveryPolicy.Free, Line());
        cancelled.TryMoveTo(OrderStatus.Cancelled, Now, out _);

        Assert.False(cash.TryMarkPaid(Now, out _));
        Assert.False(cancelled.TryMarkPaid(Now, out _));
        Assert.Equal(PaymentState.Pending, cancelled.PaymentState);
    }

    internal static Order Place(PaymentMethod payment, DeliveryPolicy delivery, params OrderLine[] lines)
    {
        PhoneNumber.TryParse("+919812345678", out var phone, out _);
        var customer = new CustomerDetails("Sunita", phone, "12 MG Road", "560038", "Ring twice");
        UpiId.TryParse("ramkirana@okhdfc", out var upi, out _);
        return Order.Place(Guid.NewGuid(), 1001, OrderToken.New(), "key-12345", customer, payment, lines, delivery,
            Now, payment == PaymentMethod.Upi ? upi : null);
    }

    [Fact]
    public void TryMoveTo_SameStatusTwice_SaysItIsAlreadyThere()
    {
        var order = Place(PaymentMethod.CashOnDelivery, DeliveryPolicy.Free, Line());
        order.TryMoveTo(OrderStatus.Rejected, Now, out _);

        var moved = order.TryMoveTo(OrderStatus.Rejected, Now, out var error);

        Assert.False(moved);
        Assert.Equal("Order #1001 is already rejected by the shop.", error);
    }

    [Fact]
    public void AwaitsPayment_RejectedUnpaidUpiOrder_AsksForNothing()
    {
        var order = Place(PaymentMethod.Upi, DeliveryPolicy.Free, Line());
        var waitingBefore = order.AwaitsPayment;

        order.TryMoveTo(OrderStatus.Rejected, Now, out _);

        Assert.True(waitingBefore);
        Assert.False(order.AwaitsPayment);
        Assert.False(order.NeedsRefund);
        Assert.Equal("ramkirana@okhdfc", order.UpiPayee);
    }

    [Fact]
    public void NeedsRefund_PaidThenCancelled_IsTrue()
    {
        var order = Place(PaymentMethod.Upi, DeliveryPolicy.Free, Line());
        order.TryMarkPaid(Now, out _);

        order.TryMoveTo(OrderStatus.Cancelled, Now, out _);

        Assert.True(order.NeedsRefund);
    }

    private static OrderLine Line() => new(Guid.NewGuid(), "Salt", Money.FromRupees(28), 1);
}
