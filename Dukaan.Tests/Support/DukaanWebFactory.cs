using System.Globalization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Dukaan.Tests.Support;

/// <summary>
/// The real app on its own fresh, migrated database, with a private data folder for the SMS outbox.
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

    public string DataPath { get; } =
        Path.Combine(Path.GetTempPath(), "dukaan-test-" + Guid.NewGuid().ToString("N")[..8]);

    /// <summary>Sign-in posts one client may make per window; tests sign many sellers up from one address.</summary>
    protected virtual int SignInPostsPerWindow => 10_000;

    public string SmsOutboxPath => Path.Combine(DataPath, "sms", "outbox.jsonl");

    public virtual Task InitializeAsync() => _database.InitializeAsync();

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeFixtureAsync();
        await DisposeAsync();
        await _database.DisposeAsync();
        if (Directory.Exists(DataPath))
        {
            Directory.Delete(DataPath, recursive: true);
        }
    }

    /// <summary>Runs before the app and its database go away.</summary>
    protected virtual Task DisposeFixtureAsync() => Task.CompletedTask;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        var redis = _useRedis ? Environment.GetEnvironmentVariable("DUKAAN_TEST_REDIS") : null;
        builder.UseEnvironment("Development");
        // UseSetting, not ConfigureAppConfiguration: Program reads these while registering services, before the
        // factory's configuration callbacks run, and they must win over the developer's environment variables.
        builder.UseSetting("ConnectionStrings:Dukaan", _database.ConnectionString);
        builder.UseSetting("ConnectionStrings:Redis", redis ?? "");
        builder.UseSetting("Dukaan:DataPath", DataPath);
        builder.UseSetting("Dukaan:MigrateOnStart", "false");
        builder.UseSetting("Dukaan:SeedDemo", "false");
        builder.UseSetting("Dukaan:SignIn:PostsPerWindow", SignInPostsPerWindow.ToString(CultureInfo.InvariantCulture));
    }
}
