namespace Dukaan.Web.Ordering;

/// <summary>
/// New orders, per shop, for the seller's open order desk (a singleton; in-process). Fed by
/// <see cref="OrderPlacedListener"/> from PostgreSQL NOTIFY, so orders placed on any instance arrive.
/// </summary>
public interface IOrderNotifications
{
    /// <summary>
    /// Signals for <paramref name="shopId"/> from now until <paramref name="cancellationToken"/> fires.
    /// </summary>
    IAsyncEnumerable<OrderSignal> WatchAsync(Guid shopId, CancellationToken cancellationToken);

    /// <summary>Passes a signal to everyone watching its shop.</summary>
    void Publish(OrderSignal signal);

    /// <summary>Tells every watcher that signals may have been missed.</summary>
    void PublishResync();
}
