namespace Dukaan.Domain.Identity;

/// <summary>
/// One signed-in device. The sign-in cookie names its session, so signing out ends it for real: a copied cookie
/// stops working too.
/// </summary>
public sealed class SellerSession
{
    private SellerSession()
    {
    }

    public SellerSession(Guid sellerId, DateTimeOffset now)
    {
        SellerId = sellerId;
        CreatedAt = now;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid SellerId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? EndedAt { get; private set; }

    public bool IsActive => EndedAt is null;

    public void End(DateTimeOffset now) => EndedAt ??= now;
}
