using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Dukaan.Data;

/// <summary>Lets <c>dotnet ef</c> build the model without starting the web app.</summary>
internal sealed class DesignTimeWriteDbFactory : IDesignTimeDbContextFactory<WriteDb>
{
    public WriteDb CreateDbContext(string[] args)
    {
        var connectionString = Environment.GetEnvironmentVariable("ConnectionStrings__Dukaan")
            ?? "Host=127.0.0.1;Port=55432;Database=dukaan;Username=dukaan;Password=dukaan-dev";
        var dataSource = DataServiceCollectionExtensions.BuildDataSource(connectionString, new DataOptions());
        var options = new DbContextOptionsBuilder<WriteDb>();
        DataServiceCollectionExtensions.Configure(options, dataSource);
        return new WriteDb(options.Options);
    }
}
