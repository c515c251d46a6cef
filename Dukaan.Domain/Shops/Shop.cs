using Dukaan.Domain.Catalog;
using Dukaan.Domain.Ordering;

namespace Dukaan.Domain.Shops;

/// <summary>A seller's shop, reached at <c>/{slug}</c>.</summary>
public sealed class Shop
{
    private Shop()
    {
    }

    public Shop(Guid sellerId, string name, string slug, DateTimeOffset now)
    {
        SellerId = sellerId;
        Name = name;
        Slug = slug;
        CreatedAt = now;
        UpdatedAt = now;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid SellerId { get; private set; }

    public string Name { get; private set; } = "";

    /// <summary>Lower-case Latin letters, digits and hyphens; unique.</summary>
    public string Slug { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Moves whenever the shop or its catalogue changes (cache versions read it).</summary>
    public DateTimeOffset UpdatedAt { get; private set; }

    public void Touch(DateTimeOffset now) => UpdatedAt = now;

    public void Rename(string name, DateTimeOffset now)
    {
        Name = name;
        UpdatedAt = now;
    }

    /// <summary>The first order of every shop is #1001.</summary>
    public const int FirstOrderNumber = 1001;

    public bool AcceptsCashOnDelivery { get; private set; } = true;

    /// <summary>The shop's UPI ID (<c>name@bank</c>); null when the shop takes no UPI payments.</summary>
    public string? UpiId { get; private set; }

    public long DeliveryFlatPaise { get; private set; }

    /// <summary>
    /// Orders whose goods come to this much or more travel free; null: the flat charge always applies.
    /// </summary>
    public long? DeliveryFreeFromPaise { get; private set; }

    /// <summary>New orders go straight to accepted.</summary>
    public bool AutoAccept { get; private set; }

    /// <summary>The number of the shop's latest order; placing an order increments it atomically in SQL.</summary>
    public int LastOrderNumber { get; private set; } = FirstOrderNumber - 1;

    public bool AcceptsUpi => UpiId is not null;

    public DeliveryPolicy Delivery => new(
        Money.FromPaise(DeliveryFlatPaise),
        DeliveryFreeFromPaise is { } freeFrom ? Money.FromPaise(freeFrom) : null);

    public bool Accepts(PaymentMethod method) => method switch
    {
        PaymentMethod.CashOnDelivery => AcceptsCashOnDelivery,
        PaymentMethod.Upi => AcceptsUpi,
        _ => false,
    };

    /// <summary>
    /// Sets how the shop takes orders. At least one way to pay is on; amounts are zero or more, a free-delivery
    /// threshold more than zero.
    /// </summary>
    public void SetOrderSettings(
        bool acceptsCashOnDelivery, UpiId? upiId, DeliveryPolicy delivery, bool autoAccept, DateTimeOffset now)
    {
        if (!acceptsCashOnDelivery && upiId is null)
        {
            throw new ArgumentException("Take cash on delivery, UPI or both.", nameof(acceptsCashOnDelivery));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(delivery.Flat.Paise, nameof(delivery));
        if (delivery.FreeFrom is { Paise: <= 0 })
        {
            throw new ArgumentOutOfRangeException(nameof(delivery), "Free delivery starts above zero.");
        }

        AcceptsCashOnDelivery = acceptsCashOnDelivery;
        UpiId = upiId?.Value;
        DeliveryFlatPaise = delivery.Flat.Paise;
        DeliveryFreeFromPaise = delivery.FreeFrom?.Paise;
        AutoAccept = autoAccept;
        UpdatedAt = now;
    }
}
