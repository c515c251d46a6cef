namespace Dukaan.Domain.Ordering;

/// <summary>
/// Whether the shop has the money: cash on delivery needs no tracking (<see cref="NotApplicable"/>); a UPI order
/// is <see cref="Pending"/> until the seller sees the payment and marks it <see cref="Paid"/>. Stored by name.
/// </summary>
public enum PaymentState
{
    NotApplicable,
    Pending,
    Paid,
}
