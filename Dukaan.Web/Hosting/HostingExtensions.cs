using System.Net;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Dukaan.Data;
using Dukaan.Web.Storefront;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.WebEncoders;
using MudBlazor.Services;

namespace Dukaan.Web.Hosting;

public static class HostingExtensions
{
    public static WebApplicationBuilder AddDukaanHosting(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<DukaanOptions>().BindConfiguration(DukaanOptions.SectionName).ValidateOnStart();

        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        // Messages pop up at the bottom, where they cover no heading or order number.
        builder.Services.AddMudServices(mud =>
            mud.SnackbarConfiguration.PositionClass = MudBlazor.Defaults.Classes.Position.BottomCenter);
        // Encode only what HTML needs (<, &, quotes...): rupee signs and Devanagari go out as text, not entities.
        builder.Services.Configure<WebEncoderOptions>(options =>
            options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: ["ready"]);

        // One key ring for every instance, kept in PostgreSQL, so cookies and circuits survive a hop.
        builder.Services.AddSingleton<IXmlRepository, DatabaseXmlRepository>();
        builder.Services.AddOptions<KeyManagementOptions>()
            .Configure<IXmlRepository>((options, repository) => options.XmlRepository = repository);
        builder.Services.AddDataProtection().SetApplicationName("dukaan");

        builder.Services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.KnownIPNetworks.Add(new System.Net.IPNetwork(IPAddress.Loopback, 8));
        });
        return builder;
    }

    public static WebApplication UseDukaanHosting(this WebApplication app)
    {
        app.UseForwardedHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error", createScopeForErrors: true);
        }

        app.UseHeadAsGet();
        app.UseSlugCaseRedirect();
        app.UseStatusCodePagesWithReExecute("/not-found");
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(Path.Combine(AppContext.BaseDirectory, "wwwroot-assets")),
            RequestPath = "/assets",
            OnPrepareResponse = context =>
                context.Context.Response.Headers.CacheControl = "public, max-age=3600",
        });
        app.MapStaticAssets();

        // Routing after the HEAD and slug-case rewrites, so that they decide which endpoint answers.
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseOutputCache();
        app.UseAntiforgery();
        return app;
    }

    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<DukaanOptions>>().Value;
        await using var scope = app.Services.CreateAsyncScope();
        await DatabaseSetup.RunAsync(scope.ServiceProvider, options, app.Lifetime.ApplicationStopping);
    }
}
