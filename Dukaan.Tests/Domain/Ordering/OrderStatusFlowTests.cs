using Dukaan.Domain.Ordering;

namespace Dukaan.Tests.Domain.Ordering;

public sealed class OrderStatusFlowTests
{
    [Theory]
    [InlineData(OrderStatus.Placed, OrderStatus.Accepted)]
    [InlineData(OrderStatus.Accepted, OrderStatus.Shipped)]
    [InlineData(OrderStatus.Shipped, OrderStatus.Delivered)]
    [InlineData(OrderStatus.Placed, OrderStatus.Rejected)]
    [InlineData(OrderStatus.Placed, OrderStatus.Cancelled)]
    [InlineData(OrderStatus.Accepted, OrderStatus.Rejected)]
    [InlineData(OrderStatus.Accepted, OrderStatus.Cancelled)]
    public void CanMove_AlongTheFlow_IsAllowed(OrderStatus from, OrderStatus to)
    {
        Assert.True(OrderStatusFlow.CanMove(from, to));
    }

    [Theory]
    [InlineData(OrderStatus.Placed, OrderStatus.Shipped)]
    [InlineData(OrderStatus.Placed, OrderStatus.Delivered)]
    [InlineData(OrderStatus.Shipped, OrderStatus.Cancelled)]
    [InlineData(OrderStatus.Shipped, OrderStatus.Accepted)]
    [InlineData(OrderStatus.Delivered, OrderStatus.Rejected)]
    [InlineData(OrderStatus.Rejected, OrderStatus.Accepted)]
    [InlineData(OrderStatus.Cancelled, OrderStatus.Placed)]
    [InlineData(OrderStatus.Accepted, OrderStatus.Accepted)]
    public void CanMove_OutOfTurn_IsRefused(OrderStatus from, OrderStatus to)
    {
        Assert.False(OrderStatusFlow.CanMove(from, to));
    }

    [Fact]
    public void ReturnsStock_OnlyForRejectAndCancel()
    {
        var returning = Enum.GetValues<OrderStatus>().Where(OrderStatusFlow.ReturnsStock);

        Assert.Equal([OrderStatus.Rejected, OrderStatus.Cancelled], returning);
    }

    [Fact]
    public void NextFrom_EveryStatus_IsDefined()
    {
        foreach (var status in Enum.GetValues<OrderStatus>())
        {
            Assert.All(OrderStatusFlow.NextFrom(status), next => Assert.True(OrderStatusFlow.CanMove(status, next)));
        }
    }
}
