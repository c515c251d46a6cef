using Dukaan.Web.Ordering;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Dukaan.Tests.Web.Ordering;

public sealed class OrderPlacedListenerTests(OrderingFixture fixture) : IClassFixture<OrderingFixture>
{
    [Fact]
    public async Task Listener_OrderPlaced_SignalsWatchersOfThatShopOnly()
    {
        var shop = await fixture.SeedShopAsync(null, ("Tea 250 g", 120m, null));
        var other = await fixture.SeedShopAsync(null, ("Coffee", 150m, null));
        var notifications = new OrderNotifications();
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(
                new Dictionary<string, string?> { ["ConnectionStrings:Dukaan"] = fixture.ConnectionString })
            .Build();
        using var listener = new OrderPlacedListener(configuration, notifications,
            NullLogger<OrderPlacedListener>.Instance);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        await listener.StartAsync(timeout.Token);
        await WaitUntilListeningAsync(timeout.Token);

        using var watching = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token);
        var mine = Task.Run(async () =>
        {
            await foreach (var signal in notifications.WatchAsync(shop.ShopId, watching.Token))
            {
                return signal;
            }

            return null;
        });
        var othersSignals = new List<OrderSignal>();
        var theirs = Task.Run(async () =>
        {
            await foreach (var signal in notifications.WatchAsync(other.ShopId, watching.Token))
            {
                othersSignals.Add(signal);
            }
        });
        await Task.Delay(500);
        await fixture.Placement.PlaceAsync(Checkout.For(shop.Slug, (shop.Products[0], 1)), default);

        var received = await mine;
        await watching.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => theirs);
        await listener.StopAsync(default);

        Assert.Equal(new OrderSignal(shop.ShopId, 1001), received);
        Assert.Empty(othersSignals);
    }

    private async Task WaitUntilListeningAsync(CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(fixture.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        while (true)
        {
            await using var command = new NpgsqlCommand(
                "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'dukaan-order-listener' "
                + "AND query LIKE 'LISTEN%' AND datname = current_database()", connection);
            if ((long)(await command.ExecuteScalarAsync(cancellationToken))! > 0)
            {
                return;
            }

            await Task.Delay(50, cancellationToken);
        }
    }
}
