namespace Dukaan.Web.Identity;

/// <summary>Sign-in and shop-creation events. Phones are always masked; codes are never logged.</summary>
internal static partial class IdentityLog
{
    [LoggerMessage(EventId = 2001, Level = LogLevel.Information,
        Message = "SMS to {MaskedPhone} written to the development outbox")]
    public static partial void SmsWrittenToOutbox(ILogger logger, string maskedPhone);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Information, Message = "Sign-in code sent to {MaskedPhone}")]
    public static partial void CodeSent(ILogger logger, string maskedPhone);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Debug,
        Message = "Sign-in code for {MaskedPhone} refused: {Reason}")]
    public static partial void SendRefused(ILogger logger, string maskedPhone, OtpSendStatus reason);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Error, Message = "Sign-in code for {MaskedPhone} not sent")]
    public static partial void SendFailed(ILogger logger, string maskedPhone, Exception exception);

    [LoggerMessage(EventId = 2005, Level = LogLevel.Information, Message = "Sign-in code verified for {MaskedPhone}")]
    public static partial void CodeVerified(ILogger logger, string maskedPhone);

    [LoggerMessage(EventId = 2006, Level = LogLevel.Debug,
        Message = "Wrong or expired code for {MaskedPhone} ({Failures} in the window)")]
    public static partial void CodeRejected(ILogger logger, string maskedPhone, int failures);

    [LoggerMessage(EventId = 2007, Level = LogLevel.Warning,
        Message = "{MaskedPhone} locked out until {LockedUntil} after too many wrong codes")]
    public static partial void LockedOut(ILogger logger, string maskedPhone, DateTimeOffset lockedUntil);

    [LoggerMessage(EventId = 2008, Level = LogLevel.Information, Message = "New seller {SellerId} signed up")]
    public static partial void SellerCreated(ILogger logger, Guid sellerId);

    [LoggerMessage(EventId = 2009, Level = LogLevel.Information, Message = "Seller {SellerId} signed in")]
    public static partial void SignedIn(ILogger logger, Guid sellerId);

    [LoggerMessage(EventId = 2010, Level = LogLevel.Information, Message = "Seller {SellerId} signed out")]
    public static partial void SignedOut(ILogger logger, Guid? sellerId);

    [LoggerMessage(EventId = 2011, Level = LogLevel.Information,
        Message = "Shop {ShopId} created at /{Slug} for seller {SellerId}")]
    public static partial void ShopCreated(ILogger logger, Guid shopId, string slug, Guid sellerId);

    [LoggerMessage(EventId = 2012, Level = LogLevel.Debug,
        Message = "Slug {Slug} was taken meanwhile; trying the next")]
    public static partial void SlugTaken(ILogger logger, string slug);
}
