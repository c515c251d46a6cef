using Microsoft.AspNetCore.Authentication.Cookies;

namespace Dukaan.Web.Identity;

public static class IdentityExtensions
{
    /// <summary>Cookie sign-in for sellers: 30 days, sliding. Codes are sent and checked by static forms.</summary>
    public static IServiceCollection AddSellerIdentity(this IServiceCollection services)
    {
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(options =>
            {
                options.Cookie.Name = "dukaan.seller";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.ExpireTimeSpan = TimeSpan.FromDays(30);
                options.SlidingExpiration = true;
                options.LoginPath = "/seller/sign-in";
                options.LogoutPath = "/seller/sign-out";
            });
        services.AddAuthorization();
        services.AddCascadingAuthenticationState();
        return services;
    }

    public static WebApplication MapSellerIdentity(this WebApplication app)
    {
        return app;
    }
}
