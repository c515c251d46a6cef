using Dukaan.Domain.Ordering;

namespace Dukaan.Web.Ordering;

/// <summary>
/// What a seller's change to an order came to: done, or refused with <see cref="Error"/> in the seller's words.
/// <see cref="Order"/> is the order as it now stands (with lines and timeline), null only when it is not the
/// seller's (<see cref="NotFound"/>).
/// </summary>
public sealed record OrderChangeResult(bool Succeeded, Order? Order, string? Error)
{
    public bool NotFound => Order is null;

    internal static OrderChangeResult Done(Order order) => new(true, order, null);

    internal static OrderChangeResult Refused(Order? order, string error) => new(false, order, error);

    internal static OrderChangeResult Missing() => new(false, null, "This order is not in your shop.");
}
