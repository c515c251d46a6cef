using Dukaan.Tests.Support;
using static Dukaan.Tests.Support.BrowserWaits;
using Microsoft.Playwright;

namespace Dukaan.Tests.Browser;

/// <summary>The steps a shopkeeper takes on the phone, shared by the browser tests.</summary>
internal static class SellerJourney
{
    /// <summary>
    /// Signs a new seller up with <paramref name="typedPhone"/> and creates a shop named <paramref name="shopName"/>.
    /// </summary>
    public static async Task SignUpAsync(IPage page, BrowserApp app, string typedPhone, string e164, string shopName)
    {
        await page.GotoAsync("/seller");
        await page.WaitForURLAsync("**/seller/sign-in**", Committed);
        await page.GetByLabel("Phone number").FillAsync(typedPhone);
        await page.GetByRole(AriaRole.Button, new() { Name = "Send code" }).ClickAsync();

        await page.WaitForURLAsync("**/seller/sign-in/code**", Committed);
        var code = await SmsOutbox.LatestCodeAsync(app.SmsOutboxPath, e164);
        await page.GetByLabel("Code").FillAsync(code);
        await page.GetByRole(AriaRole.Button, new() { Name = "Verify" }).ClickAsync();

        await page.WaitForURLAsync("**/seller/new-shop**", Committed);
        await page.GetByLabel("Shop name").FillAsync(shopName);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create shop" }).ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/seller", StringComparison.Ordinal), Committed);
    }

    /// <summary>Fills the add-product form and presses "Save product"; the caller checks the outcome.</summary>
    public static async Task AddProductAsync(IPage page, string name, string price, string? photoPath)
    {
        await page.GotoAsync("/seller/products/new");
        await page.GetByLabel("Product name").FillAsync(name);
        await page.GetByLabel("Price").FillAsync(price);
        if (photoPath is not null)
        {
            await page.Locator("input[type=file]").SetInputFilesAsync(photoPath);
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Save product" }).ClickAsync();
    }
}
