using Dukaan.Domain.Catalog;

namespace Dukaan.Domain.Ordering;

/// <summary>
/// One product in an order. Name and unit price are copied when the order is placed, so later changes to the
/// catalogue never rewrite what the customer ordered.
/// </summary>
public sealed class OrderLine
{
    private OrderLine()
    {
    }

    public OrderLine(Guid productId, string productName, Money unitPrice, int quantity, bool stockTaken = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(productName);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(unitPrice.Paise, nameof(unitPrice));
        ArgumentOutOfRangeException.ThrowIfLessThan(quantity, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(quantity, OrderLimits.MaxQuantity);

        ProductId = productId;
        ProductName = productName;
        UnitPricePaise = unitPrice.Paise;
        Quantity = quantity;
        StockTaken = stockTaken;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid OrderId { get; private set; }

    /// <summary>The product as it was; it may since have been changed or removed.</summary>
    public Guid ProductId { get; private set; }

    public string ProductName { get; private set; } = "";

    public long UnitPricePaise { get; private set; }

    public int Quantity { get; private set; }

    /// <summary>
    /// True when placing the order took these units from counted stock; only such units go back on reject or
    /// cancel (a product that started counting stock later never gains units it did not give).
    /// </summary>
    public bool StockTaken { get; private set; }

    public Money UnitPrice => Money.FromPaise(UnitPricePaise);

    public Money LineTotal => UnitPrice * Quantity;
}
