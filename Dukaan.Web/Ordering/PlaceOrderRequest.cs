using Dukaan.Domain.Ordering;

namespace Dukaan.Web.Ordering;

/// <summary>
/// A submitted checkout, exactly as typed. <see cref="IdempotencyKey"/> is generated once per checkout form (a GUID
/// in a hidden field) so that a double tap or a retry finds the order the first submission placed.
/// </summary>
public sealed record PlaceOrderRequest
{
    public required string ShopSlug { get; init; }

    public required IReadOnlyList<CartLine> Lines { get; init; }

    public string? CustomerName { get; init; }

    /// <summary>As typed; normalised to E.164 like the sign-in phone.</summary>
    public string? Phone { get; init; }

    public string? Address { get; init; }

    public string? Pincode { get; init; }

    public string? Note { get; init; }

    /// <summary>Null when the customer chose nothing.</summary>
    public PaymentMethod? Payment { get; init; }

    public required string IdempotencyKey { get; init; }

    /// <summary>
    /// The total (paise) the customer saw before pressing the button. When prices or delivery changed since, the
    /// order is refused with the new total rather than charged at a total nobody agreed to. Null: not checked.
    /// </summary>
    public long? ExpectedTotalPaise { get; init; }
}
