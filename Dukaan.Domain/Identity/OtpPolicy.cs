namespace Dukaan.Domain.Identity;

/// <summary>
/// The rules for one-time sign-in codes. The decisions take a phone's recent challenges (those created after
/// <see cref="LookBackFrom"/>) so that every app instance decides from the same rows in the database.
/// </summary>
public static class OtpPolicy
{
    /// <summary>Codes are six digits.</summary>
    public const int CodeLength = 6;

    /// <summary>At most five codes per phone per hour.</summary>
    public const int MaxSendsPerWindow = 5;

    /// <summary>Ten wrong codes in the hour, across resends, lock the phone out for the hour that follows.</summary>
    public const int MaxFailuresPerWindow = 10;

    /// <summary>A code works for ten minutes after it was sent.</summary>
    public static readonly TimeSpan CodeLifetime = TimeSpan.FromMinutes(10);

    /// <summary>A new code may be asked for 30 seconds after the last one.</summary>
    public static readonly TimeSpan ResendCooldown = TimeSpan.FromSeconds(30);

    /// <summary>The window in which sends and wrong codes are counted, and the length of a lockout.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromHours(1);

    /// <summary>The oldest challenge that can still matter: a lockout set late in one window lasts one more.</summary>
    public static DateTimeOffset LookBackFrom(DateTimeOffset now) => now - Window - Window;

    /// <summary>When the phone's lockout ends, or null when it is not locked out.</summary>
    public static DateTimeOffset? LockedUntil(IEnumerable<OtpChallenge> recent, DateTimeOffset now)
    {
        var until = recent.Max(c => c.LockedUntil);
        return until > now ? until : null;
    }

    /// <summary>When the next code may be sent because of the hourly limit, or null when one may be sent now.</summary>
    public static DateTimeOffset? SendLimitUntil(IEnumerable<OtpChallenge> recent, DateTimeOffset now)
    {
        var inWindow = InWindow(recent, now).ToList();
        if (inWindow.Count < MaxSendsPerWindow)
        {
            return null;
        }

        // The oldest send in the window leaves it first and frees a place.
        var freed = inWindow.OrderBy(c => c.CreatedAt).ElementAt(inWindow.Count - MaxSendsPerWindow).CreatedAt;
        return freed + Window;
    }

    /// <summary>When a resend is allowed after the last code, or null when it is allowed now.</summary>
    public static DateTimeOffset? CooldownUntil(IEnumerable<OtpChallenge> recent, DateTimeOffset now)
    {
        var last = recent.Max(c => (DateTimeOffset?)c.CreatedAt);
        var until = last + ResendCooldown;
        return until > now ? until : null;
    }

    /// <summary>Wrong codes typed in the window, across every code sent in it.</summary>
    public static int FailuresInWindow(IEnumerable<OtpChallenge> recent, DateTimeOffset now) =>
        InWindow(recent, now).Sum(c => c.FailedAttempts);

    private static IEnumerable<OtpChallenge> InWindow(IEnumerable<OtpChallenge> recent, DateTimeOffset now) =>
        recent.Where(c => c.CreatedAt > now - Window);
}
