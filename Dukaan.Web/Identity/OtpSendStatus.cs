namespace Dukaan.Web.Identity;

public enum OtpSendStatus
{
    Sent,
    InvalidPhone,
    Cooldown,
    TooManySends,
    LockedOut,
    SmsFailed,
}
