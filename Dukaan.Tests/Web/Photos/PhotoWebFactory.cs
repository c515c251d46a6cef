using Dukaan.Tests.Support;
using Microsoft.AspNetCore.Hosting;

namespace Dukaan.Tests.Web.Photos;

/// <summary>
/// The app on its own test database. The connection string also goes in as a host setting, because the data
/// registration reads it while the builder is still being set up, before app configuration overrides apply.
/// </summary>
public sealed class PhotoWebFactory : DukaanWebFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("ConnectionStrings:Dukaan", Database.ConnectionString);
    }
}
