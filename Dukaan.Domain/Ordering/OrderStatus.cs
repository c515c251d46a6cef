namespace Dukaan.Domain.Ordering;

/// <summary>Where an order is in its life. Stored by name.</summary>
public enum OrderStatus
{
    Placed,
    Accepted,
    Shipped,
    Delivered,
    Rejected,
    Cancelled,
}
