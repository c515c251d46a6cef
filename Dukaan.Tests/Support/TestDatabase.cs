using Dukaan.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Dukaan.Tests.Support;

/// <summary>
/// A fresh, migrated database on the private test server (<c>DUKAAN_TEST_DB</c>, set by <c>./dukaan test</c>),
/// dropped again when disposed. Use as an xunit class fixture.
/// </summary>
public sealed class TestDatabase : IAsyncLifetime
{
    private ServiceProvider? _services;

    public TestDatabase()
    {
        var admin = Environment.GetEnvironmentVariable("DUKAAN_TEST_DB")
            ?? throw new InvalidOperationException("DUKAAN_TEST_DB is not set: run the tests with ./dukaan test.");
        AdminConnectionString = admin;
        Name = "dukaan_test_" + Guid.NewGuid().ToString("N")[..12];
        ConnectionString = new NpgsqlConnectionStringBuilder(admin) { Database = Name }.ConnectionString;
    }

    public string Name { get; }

    public string ConnectionString { get; }

    private string AdminConnectionString { get; }

    public IServiceProvider Services => _services ?? throw new InvalidOperationException("Not initialised.");

    public IDbContextFactory<WriteDb> Writes => Services.GetRequiredService<IDbContextFactory<WriteDb>>();

    public IDbContextFactory<ReadDb> Reads => Services.GetRequiredService<IDbContextFactory<ReadDb>>();

    public async Task InitializeAsync()
    {
        await using (var admin = new NpgsqlConnection(AdminConnectionString))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{Name}\"", admin);
            await create.ExecuteNonQueryAsync();
        }

        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Dukaan"] = ConnectionString })
            .Build();
        _services = new ServiceCollection().AddDukaanData(configuration).BuildServiceProvider();

        await using var db = await Writes.CreateDbContextAsync();
        await db.Database.MigrateAsync();
    }

    public async Task DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(AdminConnectionString);
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }
}
