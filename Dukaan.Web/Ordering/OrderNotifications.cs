using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace Dukaan.Web.Ordering;

/// <summary>One small channel per watcher; a slow watcher loses its oldest signals, never blocks the others.</summary>
internal sealed class OrderNotifications : IOrderNotifications
{
    private readonly Lock _lock = new();
    private readonly Dictionary<Guid, List<Channel<OrderSignal>>> _watchers = [];

    public async IAsyncEnumerable<OrderSignal> WatchAsync(
        Guid shopId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var channel = Channel.CreateBounded<OrderSignal>(
            new BoundedChannelOptions(32) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });
        lock (_lock)
        {
            if (!_watchers.TryGetValue(shopId, out var list))
            {
                _watchers[shopId] = list = [];
            }

            list.Add(channel);
        }

        try
        {
            await foreach (var signal in channel.Reader.ReadAllAsync(cancellationToken))
            {
                yield return signal;
            }
        }
        finally
        {
            lock (_lock)
            {
                if (_watchers.TryGetValue(shopId, out var list) && list.Remove(channel) && list.Count == 0)
                {
                    _watchers.Remove(shopId);
                }
            }
        }
    }

    public void Publish(OrderSignal signal)
    {
        lock (_lock)
        {
            if (_watchers.TryGetValue(signal.ShopId, out var list))
            {
                list.ForEach(channel => channel.Writer.TryWrite(signal));
            }
        }
    }

    public void PublishResync()
    {
        lock (_lock)
        {
            foreach (var (shopId, list) in _watchers)
            {
                list.ForEach(channel => channel.Writer.TryWrite(new OrderSignal(shopId, null)));
            }
        }
    }
}
