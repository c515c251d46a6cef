using Deque.AxeCore.Playwright;
using Dukaan.Tests.Support;
using static Dukaan.Tests.Support.BrowserWaits;
using Microsoft.Playwright;

namespace Dukaan.Tests.Browser;

/// <summary>axe-core on the pages a shopkeeper and a customer meet first: no serious or critical violations.</summary>
[Collection(QuietBrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task SellerPages_FromSignInToAddProduct_HaveNoSeriousViolations()
    {
        var page = await app.NewPhonePageAsync();
        var found = new Dictionary<string, IReadOnlyList<string>>();

        await page.GotoAsync("/seller/sign-in");
        found["sign-in"] = Accessibility.Serious(await page.RunAxe());
        await page.GetByLabel("Phone number").FillAsync("90000 11111");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send code" }).ClickAsync();
        await page.WaitForURLAsync("**/seller/sign-in/code**", Committed);
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
        found["code"] = Accessibility.Serious(await page.RunAxe());

        await page.GetByLabel("Code").FillAsync(await SmsOutbox.LatestCodeAsync(app.SmsOutboxPath, "+919000011111"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Verify" }).ClickAsync();
        await page.WaitForURLAsync("**/seller/new-shop**", Committed);
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
        found["new-shop"] = Accessibility.Serious(await page.RunAxe());
        await page.GetByLabel("Shop name").FillAsync("Axe Kirana");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create shop" }).ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/seller", StringComparison.Ordinal), Committed);
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
        await Assertions.Expect(page.GetByText("/axe-kirana").First).ToBeVisibleAsync();
        found["dashboard"] = Accessibility.Serious(await page.RunAxe());

        await page.GotoAsync("/seller/products/new");
        await Assertions.Expect(page.GetByLabel("Product name")).ToBeEnabledAsync();
        found["add-product"] = Accessibility.Serious(await page.RunAxe());

        Assert.All(found, pair => Assert.True(pair.Value.Count == 0, $"{pair.Key}: {string.Join("; ", pair.Value)}"));
    }

    [Fact]
    public async Task StorefrontPages_ShopProductAndNotFound_HaveNoSeriousViolations()
    {
        var shop = await StoreSeeder.SeedShopAsync(
            app.Database.Writes, "Axe Store", StoreSeeder.UniqueSlug("axe"), id => StoreSeeder.ManyProducts(id, 15));
        var page = await app.NewPhonePageAsync();
        var found = new Dictionary<string, IReadOnlyList<string>>();

        await page.GotoAsync("/" + shop.Slug);
        found["shop"] = Accessibility.Serious(await page.RunAxe());
        await page.Locator("a[href*='/p/']").First.ClickAsync();
        await page.WaitForURLAsync("**/p/**", Committed);
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
        found["product"] = Accessibility.Serious(await page.RunAxe());
        await page.GotoAsync("/no-such-shop-here");
        found["not-found"] = Accessibility.Serious(await page.RunAxe());

        Assert.All(found, pair => Assert.True(pair.Value.Count == 0, $"{pair.Key}: {string.Join("; ", pair.Value)}"));
    }
}
