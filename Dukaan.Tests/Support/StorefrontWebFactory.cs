using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Dukaan.Tests.Support;

/// <summary>
/// The app with the storefront output cache on (in memory) and a per-request SQL command count in the
/// <see cref="CommandCountingStartupFilter.Header"/> header.
/// </summary>
public class StorefrontWebFactory : DukaanWebFactory
{
    private readonly bool _outputCache;

    public StorefrontWebFactory()
        : this(useRedis: false, outputCache: true)
    {
    }

    protected StorefrontWebFactory(bool useRedis, bool outputCache)
        : base(useRedis)
    {
        _outputCache = outputCache;
    }

    /// <summary>Serve another, already prepared database instead of this factory's own (the benchmark).</summary>
    public string? ConnectionStringOverride { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Dukaan:Storefront:OutputCache", _outputCache ? "true" : "false");
        if (ConnectionStringOverride is not null)
        {
            builder.UseSetting("ConnectionStrings:Dukaan", ConnectionStringOverride);
        }

        builder.ConfigureServices(services => services.AddTransient<IStartupFilter, CommandCountingStartupFilter>());
    }
}
