namespace Dukaan.Web.Sellers;

internal static partial class SellerLog
{
    [LoggerMessage(EventId = 2001, Level = LogLevel.Information,
        Message = "Product {ProductId} added to shop {ShopId}")]
    public static partial void ProductAdded(ILogger logger, Guid productId, Guid shopId);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Information,
        Message = "Product {ProductId} of shop {ShopId} changed")]
    public static partial void ProductChanged(ILogger logger, Guid productId, Guid shopId);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Information,
        Message = "Product {ProductId} of shop {ShopId} deleted")]
    public static partial void ProductDeleted(ILogger logger, Guid productId, Guid shopId);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Information,
        Message = "Product {ProductId} of shop {ShopId} marked sold out: {SoldOut}")]
    public static partial void ProductSoldOut(ILogger logger, Guid productId, Guid shopId, bool soldOut);

    [LoggerMessage(EventId = 2005, Level = LogLevel.Warning,
        Message = "Seller {SellerId} asked for product {ProductId}, which is not in their shop")]
    public static partial void ProductNotInShop(ILogger logger, Guid sellerId, Guid productId);

    [LoggerMessage(EventId = 2006, Level = LogLevel.Information,
        Message = "Shop {ShopId} order settings saved: cash {Cash}, UPI {Upi}, auto-accept {AutoAccept}")]
    public static partial void ShopSettingsSaved(ILogger logger, Guid shopId, bool cash, bool upi, bool autoAccept);

    [LoggerMessage(EventId = 2007, Level = LogLevel.Warning,
        Message = "Refreshing the order desk of shop {ShopId} after a new-order signal failed")]
    public static partial void OrderSignalFailed(ILogger logger, Guid shopId, Exception exception);
}
