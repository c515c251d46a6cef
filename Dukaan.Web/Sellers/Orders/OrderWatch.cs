using Dukaan.Web.Ordering;

namespace Dukaan.Web.Sellers.Orders;

/// <summary>
/// Follows one shop's new-order signals for as long as a component lives: start it once, dispose it with the
/// component. Signals are handed to the callback one at a time; a failing callback is logged and the watch goes on.
/// </summary>
internal sealed class OrderWatch : IDisposable
{
    private readonly CancellationTokenSource _stop = new();

    private OrderWatch()
    {
    }

    /// <summary>
    /// Starts watching. The subscription exists when this returns, so an order placed from then on is not missed.
    /// </summary>
    public static OrderWatch Start(
        IOrderNotifications notifications, Guid shopId, Func<OrderSignal, Task> onSignal, ILogger logger)
    {
        var watch = new OrderWatch();
        _ = watch.RunAsync(notifications, shopId, onSignal, logger);
        return watch;
    }

    public void Dispose()
    {
        _stop.Cancel();
        _stop.Dispose();
    }

    private async Task RunAsync(
        IOrderNotifications notifications, Guid shopId, Func<OrderSignal, Task> onSignal, ILogger logger)
    {
        var token = _stop.Token;
        try
        {
            await foreach (var signal in notifications.WatchAsync(shopId, token).ConfigureAwait(false))
            {
                try
                {
                    await onSignal(signal).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    SellerLog.OrderSignalFailed(logger, shopId, ex);
                }
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            // The page closed.
        }
    }
}
