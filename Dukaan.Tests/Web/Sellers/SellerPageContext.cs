using System.Security.Claims;
using Bunit;
using Dukaan.Data;
using Dukaan.Tests.Support;
using Dukaan.Web.Hosting;
using Dukaan.Web.Ordering;
using Dukaan.Web.Photos;
using Dukaan.Web.Sellers;
using Dukaan.Web.Sellers.Orders;
using Dukaan.Web.Sellers.Settings;
using Dukaan.Web.Storefront;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MudBlazor.Services;

namespace Dukaan.Tests.Web.Sellers;

/// <summary>
/// A bUnit context for seller pages: MudBlazor, a signed-in seller, the real product desk on a test database.
/// </summary>
internal static class SellerPageContext
{
    /// <summary>How long to wait for a render that follows a database call; the test machine is shared.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    public static BunitContext Create(
        TestDatabase database,
        Guid sellerId,
        IPhotoPipeline photos,
        ICatalogChanges changes)
    {
        var ctx = new BunitContext();
        ctx.JSInterop.Mode = JSRuntimeMode.Loose;
        ctx.Services.AddMudServices();

        var auth = ctx.AddAuthorization();
        auth.SetAuthorized("seller");
        auth.SetClaims(new Claim(ClaimTypes.NameIdentifier, sellerId.ToString()));

        ctx.Services.AddSingleton(database.Writes);
        ctx.Services.AddSingleton(photos);
        ctx.Services.AddSingleton(changes);
        ctx.Services.AddSingleton<TimeProvider>(new SteppingClock());
        ctx.Services.AddSingleton(new PhotoUrls(Options.Create(new PhotoOptions())));
        ctx.Services.AddSingleton(Options.Create(new DukaanOptions()));
        ctx.Services.AddLogging();
        ctx.Services.AddScoped<ProductDesk>();
        ctx.Services.AddScoped<ShopSettingsDesk>();
        ctx.Services.AddScoped<OrderDesk>();
        ctx.Services.AddScoped<OrderPlacement>();
        ctx.Services.AddScoped<SellerOrderEvents>();
        ctx.Services.AddSingleton<IOrderNotifications, OrderNotifications>();

        // Last: it builds the renderer, after which no service can be added.
        ctx.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        return ctx;
    }

    /// <summary>Waits (patiently: the test machine is shared) until the assertion passes.</summary>
    public static void Eventually<T>(this IRenderedComponent<T> cut, Action assertion)
        where T : IComponent =>
        cut.WaitForAssertion(assertion, Patience);
}
