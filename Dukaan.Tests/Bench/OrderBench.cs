using System.Diagnostics;
using System.Globalization;
using Dukaan.Tests.Web.Ordering;

namespace Dukaan.Tests.Bench;

/// <summary>
/// Checkout throughput: 20 customers ordering one unit each of the same product (ample counted stock), back to
/// back for a few seconds, on a fresh database. Every order is a real placement transaction on PostgreSQL.
/// </summary>
public static class OrderBench
{
    public const int Customers = 20;

    public static async Task RunAsync(TextWriter output, TimeSpan? duration = null)
    {
        var length = duration ?? TimeSpan.FromSeconds(5);
        var fixture = new OrderingFixture();
        await fixture.InitializeAsync();
        try
        {
            var shop = await fixture.SeedShopAsync(null, ("Bench Atta 5 kg", 285m, 1_000_000));

            // Warm up the pools and the query caches so the figures measure placement, not start-up.
            await Task.WhenAll(Enumerable.Range(0, Customers).Select(_ =>
                fixture.Placement.PlaceAsync(Checkout.For(shop.Slug, (shop.Products[0], 1)), default)));

            var latencies = new List<double>[Customers];
            var refused = 0;
            var clock = Stopwatch.StartNew();
            await Task.WhenAll(Enumerable.Range(0, Customers).Select(customer => Task.Run(async () =>
            {
                var mine = latencies[customer] = [];
                while (clock.Elapsed < length)
                {
                    var started = Stopwatch.GetTimestamp();
                    var result = await fixture.Placement.PlaceAsync(
                        Checkout.For(shop.Slug, (shop.Products[0], 1)), default);
                    mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    if (!result.IsPlaced)
                    {
                        Interlocked.Increment(ref refused);
                    }
                }
            })));
            var elapsed = clock.Elapsed;

            var all = latencies.SelectMany(l => l).Order().ToList();
            var placed = all.Count - refused;
            Write(output, elapsed, placed, refused, all);
        }
        finally
        {
            await fixture.DisposeAsync();
        }
    }

    private static void Write(TextWriter output, TimeSpan elapsed, int placed, int refused, List<double> sorted)
    {
        var culture = CultureInfo.InvariantCulture;
        output.WriteLine($"orders: {Customers} concurrent customers, one product, {elapsed.TotalSeconds:0.0} s");
        output.WriteLine("| placed | refused | orders/s | p50 ms | p99 ms | max ms |");
        output.WriteLine("|---:|---:|---:|---:|---:|---:|");
        output.WriteLine(string.Create(culture,
            $"| {placed} | {refused} | {placed / elapsed.TotalSeconds:0.0} | {Percentile(sorted, 0.50):0.0} | "
            + $"{Percentile(sorted, 0.99):0.0} | {(sorted.Count == 0 ? 0 : sorted[^1]):0.0} |"));
    }

    private static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
