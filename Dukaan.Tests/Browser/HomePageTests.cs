using Deque.AxeCore.Playwright;
using Dukaan.Tests.Support;
using Microsoft.Playwright;

namespace Dukaan.Tests.Browser;

[Collection(QuietBrowserCollection.Name)]
public sealed class HomePageTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task HomePage_OnPhone_FitsTheScreenAndLinksToSellerSignIn()
    {
        var page = await app.NewPhonePageAsync();

        await page.GotoAsync("/");
        var overflow = await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth");
        await page.GetByRole(AriaRole.Link, new() { Name = "Open your shop" }).ClickAsync();
        await page.WaitForURLAsync("**/seller/sign-in**", new() { WaitUntil = WaitUntilState.Commit });

        Assert.False(overflow, "the home page scrolls sideways on a phone");
        Assert.Contains("/seller/sign-in", page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HomePage_Axe_HasNoSeriousViolations()
    {
        var page = await app.NewPhonePageAsync();
        await page.GotoAsync("/");

        var result = await page.RunAxe();

        Assert.Empty(Accessibility.Serious(result));
    }
}
