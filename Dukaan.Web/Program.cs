using Dukaan.Data;
using Dukaan.Web.Checkout;
using Dukaan.Web.Components;
using Dukaan.Web.Hosting;
using Dukaan.Web.Identity;
using Dukaan.Web.Ordering;
using Dukaan.Web.Photos;
using Dukaan.Web.Sellers;
using Dukaan.Web.Storefront;

var builder = WebApplication.CreateBuilder(args);

builder.AddDukaanHosting();
builder.Services.AddDukaanData(builder.Configuration);
builder.AddDukaanCaching();
builder.Services.AddSellerIdentity(builder.Configuration);
builder.Services.AddPhotos();
builder.Services.AddStorefront();
builder.Services.AddSellerPages();
builder.Services.AddOrdering();
builder.Services.AddCheckout();

var app = builder.Build();

await app.PrepareDatabaseAsync();

app.UseDukaanHosting();
app.MapHealth();
app.MapSellerIdentity();
app.MapPhotos();
app.MapStorefront();
app.MapCheckout();
app.MapSellerEndpoints();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

await app.RunAsync();

/// <summary>Entry point, visible to the test host.</summary>
public partial class Program;
