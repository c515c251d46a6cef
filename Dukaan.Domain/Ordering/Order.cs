using Dukaan.Domain.Catalog;

namespace Dukaan.Domain.Ordering;

/// <summary>
/// A customer's order from one shop: the lines with prices copied at order time, exact totals in paise, the
/// payment, the status and its timeline. Customers reach it at <c>/o/{Token}</c>; sellers know it as
/// <see cref="DisplayNumber"/>.
/// </summary>
public sealed class Order
{
    private readonly List<OrderLine> _lines = [];
    private readonly List<OrderEvent> _events = [];

    private Order()
    {
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid ShopId { get; private set; }

    /// <summary>Per shop, counting from 1001.</summary>
    public int Number { get; private set; }

    public string Token { get; private set; } = "";

    public string CustomerName { get; private set; } = "";

    /// <summary>E.164, for example <c>+919876543210</c>.</summary>
    public string CustomerPhone { get; private set; } = "";

    public string Address { get; private set; } = "";

    public string Pincode { get; private set; } = "";

    public string? Note { get; private set; }

    public PaymentMethod PaymentMethod { get; private set; }

    public PaymentState PaymentState { get; private set; }

    public DateTimeOffset? PaidAt { get; private set; }

    public long SubtotalPaise { get; private set; }

    public long DeliveryChargePaise { get; private set; }

    public long TotalPaise { get; private set; }

    public OrderStatus Status { get; private set; }

    /// <summary>True once a rejection or cancellation has put this order's stock back; it happens once.</summary>
    public bool StockReturned { get; private set; }

    /// <summary>Chosen by the checkout form; a second submission with the same key finds this order.</summary>
    public string IdempotencyKey { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public IReadOnlyList<OrderLine> Lines => _lines;

    /// <summary>The UPI ID the order is paid to: the shop's when it was placed, even if the shop changes it.</summary>
    public string? UpiPayee { get; private set; }

    /// <summary>The statuses the order went through, oldest first.</summary>
    public IReadOnlyList<OrderEvent> Events => _events;

    public string DisplayNumber => "#" + Number.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public Money Subtotal => Money.FromPaise(SubtotalPaise);

    public Money DeliveryCharge => Money.FromPaise(DeliveryChargePaise);

    public Money Total => Money.FromPaise(TotalPaise);

    /// <summary>
    /// A new order in status <see cref="OrderStatus.Placed"/>. The subtotal is the sum of the lines and the delivery
    /// charge comes from <paramref name="delivery"/>; a UPI order starts with its payment pending.
    /// </summary>
    public static Order Place(
        Guid shopId,
        int number,
        string token,
        string idempotencyKey,
        CustomerDetails customer,
        PaymentMethod payment,
        IReadOnlyList<OrderLine> lines,
        DeliveryPolicy delivery,
        DateTimeOffset now,
        UpiId? upiPayee = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(number);
        if (payment == PaymentMethod.Upi && upiPayee is null)
        {
            throw new ArgumentException("A UPI order names the UPI ID it is paid to.", nameof(upiPayee));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(token);
        ArgumentException.ThrowIfNullOrWhiteSpace(idempotencyKey);
        if (lines.Count == 0)
        {
            throw new ArgumentException("An order has at least one line.", nameof(lines));
        }

        var subtotal = lines.Aggregate(Money.Zero, (sum, line) => sum + line.LineTotal);
        var charge = delivery.ChargeFor(subtotal);
        var order = new Order
        {
            ShopId = shopId,
            Number = number,
            Token = token,
            IdempotencyKey = idempotencyKey,
            CustomerName = customer.Name,
            CustomerPhone = customer.Phone.Value,
            Address = customer.Address,
            Pincode = customer.Pincode,
            Note = customer.Note,
            PaymentMethod = payment,
            UpiPayee = payment == PaymentMethod.Upi ? upiPayee?.Value : null,
            PaymentState = payment == PaymentMethod.Upi ? PaymentState.Pending : PaymentState.NotApplicable,
            SubtotalPaise = subtotal.Paise,
            DeliveryChargePaise = charge.Paise,
            TotalPaise = (subtotal + charge).Paise,
            Status = OrderStatus.Placed,
            CreatedAt = now,
            UpdatedAt = now,
        };
        order._lines.AddRange(lines);
        order._events.Add(new OrderEvent(OrderStatus.Placed, now));
        return order;
    }

    /// <summary>
    /// Moves the order along <see cref="OrderStatusFlow"/> and records the step. A move to rejected or cancelled
    /// also sets <see cref="StockReturned"/>: the caller puts the lines' stock back in the same transaction.
    /// </summary>
    public bool TryMoveTo(OrderStatus to, DateTimeOffset now, out string error)
    {
        if (Status == to)
        {
            error = $"Order {DisplayNumber} is already {OrderStatusFlow.Describe(Status).ToLowerInvariant()}.";
            return false;
        }

        if (!OrderStatusFlow.CanMove(Status, to))
        {
            error = $"Order {DisplayNumber} is {OrderStatusFlow.Describe(Status).ToLowerInvariant()}: "
                + $"it cannot be marked {OrderStatusFlow.Describe(to).ToLowerInvariant()}.";
            return false;
        }

        if (OrderStatusFlow.ReturnsStock(to))
        {
            if (StockReturned)
            {
                error = $"The stock of order {DisplayNumber} has already been put back.";
                return false;
            }

            StockReturned = true;
        }

        Status = to;
        UpdatedAt = now;
        _events.Add(new OrderEvent(to, now));
        error = "";
        return true;
    }

    /// <summary>Records that the seller received a UPI payment. Cash orders and ended orders are refused.</summary>
    /// <summary>True while the customer should still pay by UPI: not yet paid, and the order still stands.</summary>
    public bool AwaitsPayment => PaymentMethod == PaymentMethod.Upi && PaymentState == PaymentState.Pending
        && Status is not (OrderStatus.Rejected or OrderStatus.Cancelled);

    /// <summary>True when the customer paid for an order that was then rejected or cancelled.</summary>
    public bool NeedsRefund => PaymentState == PaymentState.Paid
        && Status is OrderStatus.Rejected or OrderStatus.Cancelled;

    public bool TryMarkPaid(DateTimeOffset now, out string error)
    {
        if (PaymentMethod != PaymentMethod.Upi)
        {
            error = $"Order {DisplayNumber} is cash on delivery: there is no UPI payment to mark.";
            return false;
        }

        if (PaymentState == PaymentState.Paid)
        {
            error = $"Order {DisplayNumber} is already marked paid.";
            return false;
        }

        if (Status is OrderStatus.Rejected or OrderStatus.Cancelled)
        {
            error = $"Order {DisplayNumber} is {OrderStatusFlow.Describe(Status).ToLowerInvariant()}.";
            return false;
        }

        PaymentState = PaymentState.Paid;
        PaidAt = now;
        UpdatedAt = now;
        error = "";
        return true;
    }
}
