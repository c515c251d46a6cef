using Dukaan.Tests.Support;
using Npgsql;

namespace Dukaan.Tests.Data.Queries;

/// <summary>A test database with a 15-product and a 2,000-product shop, analysed like a live one.</summary>
public sealed class StorefrontDatabase : IAsyncLifetime
{
    public TestDatabase Database { get; } = new();

    public SeededShop Small { get; private set; } = default!;

    public SeededShop Large { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        await Database.InitializeAsync();
        Small = await StoreSeeder.SeedShopAsync(
            Database.Writes, "Chhota", StoreSeeder.UniqueSlug("chhota"), id => StoreSeeder.ManyProducts(id, 15));
        Large = await StoreSeeder.SeedShopAsync(
            Database.Writes, "Bada", StoreSeeder.UniqueSlug("bada"), id => StoreSeeder.ManyProducts(id, 2_000));

        // Fresh statistics, as autovacuum would gather them, so the planner sees the real table.
        await using var connection = new NpgsqlConnection(Database.ConnectionString);
        await connection.OpenAsync();
        await using var analyze = new NpgsqlCommand("ANALYZE products", connection);
        await analyze.ExecuteNonQueryAsync();
    }

    public Task DisposeAsync() => Database.DisposeAsync();
}
