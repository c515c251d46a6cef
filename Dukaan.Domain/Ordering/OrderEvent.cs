namespace Dukaan.Domain.Ordering;

/// <summary>One step of an order's timeline: the status it reached and when (UTC).</summary>
public sealed class OrderEvent
{
    private OrderEvent()
    {
    }

    public OrderEvent(OrderStatus status, DateTimeOffset at)
    {
        Status = status;
        At = at;
    }

    public long Id { get; private set; }

    public Guid OrderId { get; private set; }

    public OrderStatus Status { get; private set; }

    public DateTimeOffset At { get; private set; }
}
