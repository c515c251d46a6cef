using StackExchange.Redis;

namespace Dukaan.Web.Hosting;

public static class CachingExtensions
{
    /// <summary>
    /// Output cache and HybridCache. With <c>ConnectionStrings:Redis</c> both keep their shared entries in Redis;
    /// without it they stay in memory, which is right for a single instance.
    /// </summary>
    public static WebApplicationBuilder AddDukaanCaching(this WebApplicationBuilder builder)
    {
        var redis = builder.Configuration.GetConnectionString("Redis");
        if (string.IsNullOrWhiteSpace(redis))
        {
            builder.Services.AddOutputCache();
            builder.Services.AddHybridCache();
            return builder;
        }

        // AbortOnConnectFail=false: a Redis that is down at start is a degraded state, never a failed boot.
        var configuration = ConfigurationOptions.Parse(redis);
        configuration.AbortOnConnectFail = false;
        var multiplexer = ConnectionMultiplexer.Connect(configuration);
        builder.Services.AddSingleton<IConnectionMultiplexer>(multiplexer);

        builder.Services.AddStackExchangeRedisOutputCache(options =>
        {
            options.InstanceName = "dukaan:";
            options.ConnectionMultiplexerFactory = () => Task.FromResult<IConnectionMultiplexer>(multiplexer);
        });
        builder.Services.AddOutputCache();
        builder.Services.AddStackExchangeRedisCache(options =>
        {
            options.InstanceName = "dukaan:";
            options.ConnectionMultiplexerFactory = () => Task.FromResult<IConnectionMultiplexer>(multiplexer);
        });
        builder.Services.AddHybridCache();
        return builder;
    }
}
