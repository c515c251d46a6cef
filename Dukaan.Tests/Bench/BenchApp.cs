using Dukaan.Tests.Support;
using Microsoft.AspNetCore.Hosting;

namespace Dukaan.Tests.Bench;

/// <summary>The real app on Kestrel over the benchmark's database, with the storefront cache on or off.</summary>
internal sealed class BenchApp : StorefrontWebFactory
{
    public BenchApp(string connectionString, int port, bool useRedis, bool outputCache)
        : base(useRedis, outputCache)
    {
        ConnectionStringOverride = connectionString;
        Port = port;
        UseKestrel(port);
    }

    public int Port { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment("Production");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore", "Warning");
    }
}
