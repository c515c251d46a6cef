using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Dukaan.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>
    /// Registers one multi-host Npgsql data source and pooled factories for <see cref="WriteDb"/> (primary)
    /// and <see cref="ReadDb"/> (prefer standby, no tracking). Connection string: <c>ConnectionStrings:Dukaan</c>.
    /// </summary>
    public static IServiceCollection AddDukaanData(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(DataOptions.SectionName).Get<DataOptions>() ?? new DataOptions();
        services.AddOptions<DataOptions>().BindConfiguration(DataOptions.SectionName);

        var connectionString = configuration.GetConnectionString("Dukaan")
            ?? throw new InvalidOperationException("ConnectionStrings:Dukaan is not set.");
        var dataSource = BuildDataSource(connectionString, options);
        services.AddSingleton(dataSource);

        var primary = dataSource.WithTargetSession(TargetSessionAttributes.Primary);
        var preferStandby = dataSource.WithTargetSession(TargetSessionAttributes.PreferStandby);

        services.AddPooledDbContextFactory<WriteDb>(db => Configure(db, primary));
        services.AddPooledDbContextFactory<ReadDb>(db => Configure(db, preferStandby)
            .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking));
        return services;
    }

    public static NpgsqlMultiHostDataSource BuildDataSource(string connectionString, DataOptions options)
    {
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        builder.ConnectionStringBuilder.MaxPoolSize = options.MaxPoolSize;
        builder.ConnectionStringBuilder.Timeout = options.ConnectTimeoutSeconds;
        builder.ConnectionStringBuilder.ApplicationName ??= "dukaan";
        return builder.BuildMultiHost();
    }

    internal static DbContextOptionsBuilder Configure(DbContextOptionsBuilder db, NpgsqlDataSource source)
    {
        return db
            .UseNpgsql(source, npgsql => npgsql.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery))
            .UseSnakeCaseNamingConvention()
            .AddInterceptors(CommandCounter.Interceptor);
    }
}
