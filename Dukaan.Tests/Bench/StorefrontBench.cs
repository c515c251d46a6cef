using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Dukaan.Tests.Support;

namespace Dukaan.Tests.Bench;

/// <summary>
/// Storefront figures for a 15-product and a 2,000-product shop: SQL round trips and HTML bytes per page, and
/// wrk throughput and latency when every request renders and when the output cache (memory, Redis) serves it.
/// </summary>
internal static class StorefrontBench
{
    public static async Task<IReadOnlyList<BenchRow>> RunAsync()
    {
        var database = new TestDatabase();
        await database.InitializeAsync();
        try
        {
            var shops = new[]
            {
                await StoreSeeder.SeedShopAsync(database.Writes, "Chhota Kirana", StoreSeeder.UniqueSlug("chhota"),
                    id => StoreSeeder.ManyProducts(id, 15)),
                await StoreSeeder.SeedShopAsync(database.Writes, "Bada Bazaar", StoreSeeder.UniqueSlug("bada"),
                    id => StoreSeeder.ManyProducts(id, 2_000)),
            };

            var rows = new List<BenchRow>();
            foreach (var mode in Modes())
            {
                rows.AddRange(await MeasureAsync(database.ConnectionString, mode, shops));
            }

            return rows;
        }
        finally
        {
            await database.DisposeAsync();
        }
    }

    private static IEnumerable<BenchMode> Modes()
    {
        yield return new BenchMode("render every request", OutputCache: false, UseRedis: false);
        yield return new BenchMode("output cache, memory", OutputCache: true, UseRedis: false);
        if (RedisStorefrontWebFactory.Available)
        {
            yield return new BenchMode("output cache, Redis", OutputCache: true, UseRedis: true);
        }
    }

    private static async Task<List<BenchRow>> MeasureAsync(
        string connectionString, BenchMode mode, IReadOnlyList<SeededShop> shops)
    {
        await using var app = new BenchApp(connectionString, FreePort(), mode.UseRedis, mode.OutputCache);
        app.StartServer();
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{app.Port}") };

        var rows = new List<BenchRow>();
        foreach (var shop in shops)
        {
            var path = "/" + shop.Slug;

            // The first request fills the cache; the second is what wrk will see (a hit, or another render).
            await GetAsync(client, path);
            var (commands, bytes) = await GetAsync(client, path);
            var load = Wrk.Available ? await Wrk.RunAsync(client.BaseAddress + path.TrimStart('/')) : null;
            rows.Add(new BenchRow($"{shop.Products.Count:N0} products", mode.Name, commands, bytes, load));
        }

        return rows;
    }

    private static async Task<(int Commands, int Bytes)> GetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadAsByteArrayAsync();
        var commands = response.Headers.GetValues(CommandCountingStartupFilter.Header).Single();
        return (int.Parse(commands, CultureInfo.InvariantCulture), body.Length);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
