namespace Dukaan.Domain.Ordering;

/// <summary>
/// The moves an order may make: placed → accepted → shipped → delivered; a placed or accepted order may be
/// rejected or cancelled, which puts its stock back. Everything else is refused.
/// </summary>
public static class OrderStatusFlow
{
    private static readonly Dictionary<OrderStatus, OrderStatus[]> Moves = new()
    {
        [OrderStatus.Placed] = [OrderStatus.Accepted, OrderStatus.Rejected, OrderStatus.Cancelled],
        [OrderStatus.Accepted] = [OrderStatus.Shipped, OrderStatus.Rejected, OrderStatus.Cancelled],
        [OrderStatus.Shipped] = [OrderStatus.Delivered],
        [OrderStatus.Delivered] = [],
        [OrderStatus.Rejected] = [],
        [OrderStatus.Cancelled] = [],
    };

    public static bool CanMove(OrderStatus from, OrderStatus to) => Moves[from].Contains(to);

    public static IReadOnlyList<OrderStatus> NextFrom(OrderStatus from) => Moves[from];

    /// <summary>True for the moves that end an order without delivering it, so its stock goes back.</summary>
    public static bool ReturnsStock(OrderStatus to) => to is OrderStatus.Rejected or OrderStatus.Cancelled;

    /// <summary>The word a customer reads for a status.</summary>
    public static string Describe(OrderStatus status) => status switch
    {
        OrderStatus.Placed => "Placed",
        OrderStatus.Accepted => "Accepted",
        OrderStatus.Shipped => "Shipped",
        OrderStatus.Delivered => "Delivered",
        OrderStatus.Rejected => "Rejected by the shop",
        OrderStatus.Cancelled => "Cancelled",
        _ => status.ToString(),
    };
}
