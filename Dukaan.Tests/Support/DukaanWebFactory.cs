using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;

namespace Dukaan.Tests.Support;

/// <summary>
/// The real app on its own fresh database (migrated at start), with a private data folder for the SMS outbox.
/// Redis is used when <c>DUKAAN_TEST_REDIS</c> is set and the derived fixture asks for it.
/// </summary>
public class DukaanWebFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly TestDatabase _database = new();
    private readonly bool _useRedis;

    public DukaanWebFactory()
        : this(useRedis: false)
    {
    }

    protected DukaanWebFactory(bool useRedis) => _useRedis = useRedis;

    public TestDatabase Database => _database;

    public string DataPath { get; } = Path.Combine(Path.GetTempPath(), "dukaan-test-" + Guid.NewGuid().ToString("N")[..8]);

    public string SmsOutboxPath => Path.Combine(DataPath, "sms", "outbox.jsonl");

    public virtual async Task InitializeAsync() => await _database.InitializeAsync();

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await _database.DisposeAsync();
        if (Directory.Exists(DataPath))
        {
            Directory.Delete(DataPath, recursive: true);
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        var redis = _useRedis ? Environment.GetEnvironmentVariable("DUKAAN_TEST_REDIS") : null;
        builder.UseEnvironment("Development");

        // UseSetting, not ConfigureAppConfiguration: Program.cs reads connection strings while it registers
        // services, before in-memory sources added here apply, so the environment (ConnectionStrings__Dukaan of
        // ./dukaan test) would win. Settings reach Program as command-line arguments, which beat it.
        builder.UseSetting("ConnectionStrings:Dukaan", _database.ConnectionString);
        builder.UseSetting("ConnectionStrings:Redis", redis ?? "");
        builder.UseSetting("Dukaan:DataPath", DataPath);
        builder.UseSetting("Dukaan:MigrateOnStart", "false");
        builder.UseSetting("Dukaan:SeedDemo", "false");
    }
}
