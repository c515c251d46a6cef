namespace Dukaan.Domain.Identity;

/// <summary>The rules for one-time sign-in codes.</summary>
public static class OtpPolicy
{
    /// <summary>Codes are six digits.</summary>
    public const int CodeLength = 6;

    /// <summary>A code works for ten minutes after it was sent.</summary>
    public static readonly TimeSpan CodeLifetime = TimeSpan.FromMinutes(10);

    /// <summary>A new code may be asked for 30 seconds after the last one.</summary>
    public static readonly TimeSpan ResendCooldown = TimeSpan.FromSeconds(30);

    /// <summary>The window in which sends and wrong codes are counted.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromHours(1);

    /// <summary>At most five codes per phone per hour.</summary>
    public const int MaxSendsPerWindow = 5;

    /// <summary>Ten wrong codes in the hour, across resends, lock the phone out for the rest of it.</summary>
    public const int MaxFailuresPerWindow = 10;
}
