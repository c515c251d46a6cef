using Dukaan.Web.Shops;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Dukaan.Web.Identity;

public static class IdentityExtensions
{
    /// <summary>Cookie sign-in for sellers: 30 days, sliding. Codes are sent and checked by static forms.</summary>
    public static IServiceCollection AddSellerIdentity(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(options =>
            {
                options.Cookie.Name = "dukaan.seller";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.ExpireTimeSpan = TimeSpan.FromDays(30);
                options.SlidingExpiration = true;
                options.LoginPath = SignInUrls.SignIn;
                options.LogoutPath = "/seller/sign-out";
                options.Events.OnValidatePrincipal = ValidateSessionAsync;
            });
        services.AddAuthorization();
        services.AddSignInRateLimits(configuration);
        services.AddCascadingAuthenticationState();

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ISmsSender, OutboxSmsSender>();
        services.AddMemoryCache();
        services.AddSingleton<SellerSessions>();
        services.AddSingleton<OtpService>();
        services.AddSingleton<SellerAccounts>();
        services.AddSingleton<ShopCreator>();
        return services;
    }

    public static WebApplication MapSellerIdentity(this WebApplication app)
    {
        // The seller layout posts here with an antiforgery token; a cross-site post cannot sign anyone out.
        app.MapPost("/seller/sign-out", SignOutAsync).WithMetadata(new RequireAntiforgeryTokenAttribute());
        return app;
    }

    // A cookie whose session was ended (signed out, here or on another device) no longer signs anyone in.
    private static async Task ValidateSessionAsync(CookieValidatePrincipalContext context)
    {
        var sessions = context.HttpContext.RequestServices.GetRequiredService<SellerSessions>();
        var session = context.Principal?.SessionId();
        if (session is null || !await sessions.IsActiveAsync(session.Value, context.HttpContext.RequestAborted))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        }
    }

    private static async Task<IResult> SignOutAsync(HttpContext context, ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger(typeof(IdentityExtensions).FullName!);
        var sellerId = context.User.SellerId();
        if (context.User.SessionId() is { } session)
        {
            await context.RequestServices.GetRequiredService<SellerSessions>().EndAsync(session, CancellationToken.None);
        }

        await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        IdentityLog.SignedOut(logger, sellerId);

        context.Response.Headers.Location = "/";
        return Results.StatusCode(StatusCodes.Status303SeeOther);
    }
}
