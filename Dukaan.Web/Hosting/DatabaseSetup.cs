using Dukaan.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Dukaan.Web.Hosting;

/// <summary>Applies migrations and seeds the demo shop when the options ask for it.</summary>
internal static class DatabaseSetup
{
    public static async Task RunAsync(
        IServiceProvider services, DukaanOptions options, CancellationToken cancellationToken)
    {
        if (!options.MigrateOnStart && !options.SeedDemo)
        {
            return;
        }

        var factory = services.GetRequiredService<IDbContextFactory<WriteDb>>();
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        if (options.MigrateOnStart)
        {
            // Creating the history table first spares a fresh database EF's logged failure of reading it.
            await db.GetService<IHistoryRepository>().CreateIfNotExistsAsync(cancellationToken);
            await db.Database.MigrateAsync(cancellationToken);
        }

        if (options.SeedDemo)
        {
            await DemoShop.SeedAsync(db, TimeProvider.System.GetUtcNow(), cancellationToken);
        }
    }
}
