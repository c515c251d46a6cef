using Dukaan.Domain.Ordering;

namespace Dukaan.Web.Ordering;

/// <summary>
/// What a checkout submission came to. Placed (<see cref="Order"/> set; <see cref="IsRepeat"/> when an earlier
/// submission with the same key had placed it), or refused with <see cref="Errors"/> per field
/// (<see cref="CheckoutFields"/>) and, for stock, <see cref="Shortages"/>. Nothing is saved when refused.
/// </summary>
public sealed class PlaceOrderResult
{
    private PlaceOrderResult(
        Order? order,
        bool isRepeat,
        IReadOnlyDictionary<string, string> errors,
        IReadOnlyList<StockShortage> shortages,
        IReadOnlyList<Guid> stockChanged)
    {
        Order = order;
        IsRepeat = isRepeat;
        Errors = errors;
        Shortages = shortages;
        StockChangedProductIds = stockChanged;
    }

    public Order? Order { get; }

    public bool IsPlaced => Order is not null;

    public bool IsRepeat { get; }

    public IReadOnlyDictionary<string, string> Errors { get; }

    public IReadOnlyList<StockShortage> Shortages { get; }

    /// <summary>Products whose counted stock this order took (their storefront entries are stale).</summary>
    public IReadOnlyList<Guid> StockChangedProductIds { get; }

    internal static PlaceOrderResult Placed(Order order, IReadOnlyList<Guid> stockChanged) =>
        new(order, false, new Dictionary<string, string>(), [], stockChanged);

    internal static PlaceOrderResult Repeat(Order order) => new(order, true, new Dictionary<string, string>(), [], []);

    internal static PlaceOrderResult Invalid(IReadOnlyDictionary<string, string> errors) => new(null, false, errors,
        [], []);

    internal static PlaceOrderResult Invalid(string field, string message) =>
        Invalid(new Dictionary<string, string> { [field] = message });

    internal static PlaceOrderResult OutOfStock(IReadOnlyList<StockShortage> shortages)
    {
        var message = string.Join(" ", shortages.Select(s => s.Message)) + " Change your cart and try again.";
        return new(null, false, new Dictionary<string, string> { [CheckoutFields.Cart] = message }, shortages, []);
    }
}
