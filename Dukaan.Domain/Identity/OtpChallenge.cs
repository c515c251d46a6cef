namespace Dukaan.Domain.Identity;

/// <summary>
/// One one-time code sent to a phone. The code itself is never stored, only its hash.
/// </summary>
public sealed class OtpChallenge
{
    private OtpChallenge()
    {
    }

    public OtpChallenge(PhoneNumber phone, string codeHash, DateTimeOffset now)
    {
        Phone = phone.Value;
        CodeHash = codeHash;
        CreatedAt = now;
        ExpiresAt = now + OtpPolicy.CodeLifetime;
    }

    public long Id { get; private set; }

    public string Phone { get; private set; } = "";

    public string CodeHash { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    /// <summary>Set when the code was used, or when a newer code replaced it.</summary>
    public DateTimeOffset? ClosedAt { get; private set; }

    /// <summary>Wrong codes typed against this challenge.</summary>
    public int FailedAttempts { get; private set; }

    /// <summary>
    /// Set on the challenge that took the phone over the failure limit: no sends or checks until then.
    /// </summary>
    public DateTimeOffset? LockedUntil { get; private set; }

    public bool IsOpen(DateTimeOffset now) => ClosedAt is null && now < ExpiresAt;

    public void Close(DateTimeOffset now) => ClosedAt ??= now;

    public void RecordFailure() => FailedAttempts++;

    /// <summary>Closes this challenge and locks the phone out for <see cref="OtpPolicy.Window"/>.</summary>
    public void LockOut(DateTimeOffset now)
    {
        ClosedAt ??= now;
        LockedUntil = now + OtpPolicy.Window;
    }
}
