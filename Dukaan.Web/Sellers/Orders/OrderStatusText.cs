using Dukaan.Domain.Ordering;

namespace Dukaan.Web.Sellers.Orders;

/// <summary>Words and looks of order statuses on the seller's pages.</summary>
public static class OrderStatusText
{
    /// <summary>The word on the status chip.</summary>
    public static string Chip(OrderStatus status) => status switch
    {
        OrderStatus.Placed => "New",
        OrderStatus.Rejected => "Rejected",
        _ => OrderStatusFlow.Describe(status),
    };

    /// <summary>The label of the button that moves an order to <paramref name="to"/>.</summary>
    public static string Action(OrderStatus to) => to switch
    {
        OrderStatus.Accepted => "Accept",
        OrderStatus.Shipped => "Ship",
        OrderStatus.Delivered => "Mark delivered",
        OrderStatus.Rejected => "Reject",
        OrderStatus.Cancelled => "Cancel order",
        _ => OrderStatusFlow.Describe(to),
    };

    /// <summary>A CSS class for the status chip, e.g. <c>status-placed</c>.</summary>
    public static string CssClass(OrderStatus status) => "status-chip status-" + status.ToString().ToLowerInvariant();
}
