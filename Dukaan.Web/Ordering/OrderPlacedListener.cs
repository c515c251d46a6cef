using System.Globalization;
using Npgsql;

namespace Dukaan.Web.Ordering;

/// <summary>
/// Holds one dedicated, unpooled LISTEN connection to the primary and passes each placed order to
/// <see cref="IOrderNotifications"/>. After a reconnect it tells watchers to reload, because notifications sent
/// while it was away are lost.
/// </summary>
internal sealed class OrderPlacedListener(
    IConfiguration configuration,
    IOrderNotifications notifications,
    ILogger<OrderPlacedListener> logger) : BackgroundService
{
    private static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var connectionString = configuration.GetConnectionString("Dukaan");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return;
        }

        // Pooling off: a pooled connection is reset on return and would forget its LISTEN.
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        builder.ConnectionStringBuilder.Pooling = false;
        builder.ConnectionStringBuilder.KeepAlive = 30;
        builder.ConnectionStringBuilder.ApplicationName = "dukaan-order-listener";
        await using var dataSource = builder.BuildMultiHost();
        var primary = dataSource.WithTargetSession(TargetSessionAttributes.Primary);

        var delay = TimeSpan.FromSeconds(1);
        var connectedBefore = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = await primary.OpenConnectionAsync(stoppingToken);
                connection.Notification += OnNotification;
                await using (var listen = new NpgsqlCommand($"LISTEN {OrderChannel.Name}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }

                OrderingLog.Listening(logger);
                if (connectedBefore)
                {
                    notifications.PublishResync();
                }

                connectedBefore = true;
                delay = TimeSpan.FromSeconds(1);
                while (true)
                {
                    await connection.WaitAsync(stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                // Whatever broke (server restart, failover, network), the service must outlive it.
                OrderingLog.ListenFailed(logger, delay, ex);
            }

            if (!await BackOffAsync(delay, stoppingToken))
            {
                return;
            }

            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, MaxDelay.Ticks));
        }
    }

    private static async Task<bool> BackOffAsync(TimeSpan delay, CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(delay, stoppingToken);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private void OnNotification(object sender, NpgsqlNotificationEventArgs e)
    {
        var parts = e.Payload.Split(':');
        if (parts.Length == 2 && Guid.TryParse(parts[0], out var shopId)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            notifications.Publish(new OrderSignal(shopId, number));
        }
    }
}
