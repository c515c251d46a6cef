using Dukaan.Domain.Ordering;

namespace Dukaan.Web.Ordering;

/// <summary>Order events worth a log line. Never the customer's phone or address.</summary>
internal static partial class OrderingLog
{
    [LoggerMessage(3001, LogLevel.Information,
        "Order {Number} placed in shop {ShopId}: {Lines} lines, {TotalPaise} paise, {Payment}")]
    public static partial void OrderPlaced(
        ILogger logger, int number, Guid shopId, int lines, long totalPaise, PaymentMethod payment);

    [LoggerMessage(3002, LogLevel.Information, "Checkout submitted again in shop {ShopId}: order {Number} returned")]
    public static partial void OrderRepeated(ILogger logger, Guid shopId, int number);

    [LoggerMessage(3003, LogLevel.Information, "Checkout in shop {ShopId} refused: {Count} items short of stock")]
    public static partial void OutOfStock(ILogger logger, Guid shopId, int count);

    [LoggerMessage(3004, LogLevel.Information, "Order {Number} in shop {ShopId} moved from {From} to {To}")]
    public static partial void StatusChanged(ILogger logger, int number, Guid shopId, OrderStatus from,
        OrderStatus to);

    [LoggerMessage(3005, LogLevel.Information, "Order {Number} in shop {ShopId} marked paid")]
    public static partial void MarkedPaid(ILogger logger, int number, Guid shopId);

    [LoggerMessage(3006, LogLevel.Warning, "Storefront of shop {ShopId} not evicted after a stock change")]
    public static partial void EvictionFailed(ILogger logger, Guid shopId, Exception exception);

    [LoggerMessage(3007, LogLevel.Information, "Listening for placed orders")]
    public static partial void Listening(ILogger logger);

    [LoggerMessage(3008, LogLevel.Warning, "Listening for placed orders failed; retrying in {Delay}")]
    public static partial void ListenFailed(ILogger logger, TimeSpan delay, Exception exception);

    [LoggerMessage(3009, LogLevel.Debug, "Order change refused in shop {ShopId}: changed meanwhile")]
    public static partial void ChangedMeanwhile(ILogger logger, Guid shopId);
}
