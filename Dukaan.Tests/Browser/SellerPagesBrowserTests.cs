using System.Net;
using System.Net.Sockets;
using Dukaan.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Dukaan.Tests.Browser;

/// <summary>The seller pages in Chromium at a phone's size, signed in by the test-only header.</summary>
[Collection(QuietBrowserCollection.Name)]
public sealed class SellerPagesBrowserTests(SignedInSellerApp app) : IClassFixture<SignedInSellerApp>
{
    [Fact]
    public async Task AddProduct_AtPhoneSize_AppearsOnDashboard()
    {
        var shop = await SellerSeed.ShopAsync(app.Database, "Ram Kirana Store");
        var port = FreePort();
        app.UseKestrel(port);
        app.StartServer();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(Chromium.LaunchOptions);
        await using var context = await browser.NewContextAsync(new()
        {
            ViewportSize = new() { Width = 390, Height = 844 },
            ExtraHTTPHeaders = new Dictionary<string, string>
            {
                [TestSellerAuthHandler.Header] = shop.SellerId.ToString(),
            },
        });
        var page = await context.NewPageAsync();
        var root = $"http://127.0.0.1:{port}";

        await page.GotoAsync(root + "/seller/products/new");
        await ScreenshotAsync(page, "seller-new-product.png");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Save product" })).ToBeEnabledAsync();
        await page.GetByLabel("Product name").FillAsync("Tata Sampann Toor Dal 1 kg");
        await page.GetByLabel("Price").FillAsync("189.50");
        await page.GetByLabel("Photo").SetInputFilesAsync(RepoPaths.Photo("orientation-Landscape_6.jpg"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Save product" }).ClickAsync();

        await Assertions.Expect(page.Locator(".product-row").First).ToContainTextAsync("Tata Sampann Toor Dal 1 kg");
        await Assertions.Expect(page.Locator(".product-row").First).ToContainTextAsync("₹189.50");
        await ScreenshotAsync(page, "seller-dashboard.png");
        var width = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(width <= 390, $"The dashboard is {width}px wide at a 390px viewport.");
        await using var db = await app.Database.Writes.CreateDbContextAsync();
        Assert.Equal(1, await db.Products.CountAsync(p => p.ShopId == shop.ShopId));
        Assert.Single(app.Photos.Uploads);
    }

    /// <summary>Keeps a picture of the page when <c>DUKAAN_SCREENSHOTS</c> names a folder.</summary>
    private static async Task ScreenshotAsync(IPage page, string name)
    {
        var folder = Environment.GetEnvironmentVariable("DUKAAN_SCREENSHOTS");
        if (!string.IsNullOrEmpty(folder))
        {
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, name), FullPage = true });
        }
    }


    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
