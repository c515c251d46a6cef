namespace Dukaan.Domain.Identity;

/// <summary>A shopkeeper, known by a verified phone number in E.164 form.</summary>
public sealed class Seller
{
    private Seller()
    {
    }

    public Seller(PhoneNumber phone, DateTimeOffset now)
    {
        Phone = phone.Value;
        CreatedAt = now;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    /// <summary>E.164, for example <c>+919000000000</c>; unique.</summary>
    public string Phone { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }
}
