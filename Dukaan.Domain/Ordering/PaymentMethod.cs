namespace Dukaan.Domain.Ordering;

/// <summary>How a customer pays for an order. Stored by name.</summary>
public enum PaymentMethod
{
    CashOnDelivery,
    Upi,
}
