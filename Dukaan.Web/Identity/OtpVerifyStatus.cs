namespace Dukaan.Web.Identity;

public enum OtpVerifyStatus
{
    Verified,
    InvalidPhone,
    MalformedCode,
    WrongOrExpired,
    LockedOut,
}
