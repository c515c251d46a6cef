namespace Dukaan.Web.Storefront;

internal static partial class StorefrontLog
{
    [LoggerMessage(EventId = 2001, Level = LogLevel.Debug, Message = "Evicted the cached pages of shop {Slug}")]
    public static partial void ShopPagesEvicted(this ILogger logger, string slug);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Warning,
        Message = "Could not evict the cached pages of shop {Slug}; they expire on their own")]
    public static partial void ShopPagesNotEvicted(this ILogger logger, string slug, Exception exception);
}
