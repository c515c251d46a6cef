using Deque.AxeCore.Playwright;
using Dukaan.Tests.Support;
using Dukaan.Tests.Web.Checkout;
using Microsoft.Playwright;

namespace Dukaan.Tests.Browser;

/// <summary>Issue #3's customer side on a phone-sized Chromium: cart, checkout with cash, the order page.</summary>
[Collection(QuietBrowserCollection.Name)]
public sealed class CheckoutBrowserTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task Customer_AddsTwoProducts_PaysCashOnDelivery_LandsOnOrderPage()
    {
        var shop = await CheckoutShops.SeedAsync(app, CheckoutShops.CashOnly(CheckoutShops.FortyUnderFiveHundred),
            ("Tata Salt 1 kg", 28m, null), ("Amul Butter 500 g", 285m, 5));
        var page = await app.NewPhonePageAsync();

        await page.GotoAsync("/" + shop.Slug);
        await page.GetByRole(AriaRole.Button, new() { Name = "Add to cart: Tata Salt 1 kg" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Add to cart: Amul Butter 500 g" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-cart-count]")).ToHaveTextAsync(" (2)");

        await page.Locator("[data-cart-link]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-cart-total]")).ToHaveTextAsync("₹353");
        await Assertions.Expect(page.Locator("[data-cart-delivery]")).ToHaveTextAsync("₹40");
        await Assertions.Expect(page.GetByText("Delivery ₹40, free on orders of ₹500 or more")).ToBeVisibleAsync();
        var cartAxe = Accessibility.Serious(await page.RunAxe());

        await page.GetByRole(AriaRole.Link, new() { Name = "Go to checkout" }).ClickAsync();
        await page.WaitForURLAsync("**/checkout?items=**");
        var cash = page.GetByRole(AriaRole.Radio, new() { Name = "Cash on delivery" });
        await Assertions.Expect(cash).ToBeCheckedAsync();
        var checkoutAxe = Accessibility.Serious(await page.RunAxe());
        await page.GetByLabel("Your name").FillAsync("Sunita Sharma");
        await page.GetByLabel("Phone number").FillAsync("98123 45678");
        await page.GetByLabel("Delivery address").FillAsync("12 MG Road, Indiranagar, Bengaluru");
        await page.GetByLabel("Pincode").FillAsync("560038");
        await page.GetByRole(AriaRole.Button, new() { Name = "Place order · ₹353" }).ClickAsync();

        await page.WaitForURLAsync("**/o/**");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Order #1001" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".totals .total dd")).ToHaveTextAsync("₹353");
        var whatsApp = page.GetByRole(AriaRole.Link, new() { Name = "Send order to shop on WhatsApp" });
        var href = await whatsApp.GetAttributeAsync("href");
        var orderAxe = Accessibility.Serious(await page.RunAxe());
        var overflow = await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth");
        var cartLeft = await page.EvaluateAsync<string?>($"localStorage.getItem('dukaan:cart:{shop.Slug}')");

        Assert.Empty(cartAxe);
        Assert.Empty(checkoutAxe);
        Assert.Empty(orderAxe);
        Assert.StartsWith("https://wa.me/", href, StringComparison.Ordinal);
        Assert.Contains("%231001", href, StringComparison.Ordinal);
        Assert.False(overflow, "the order page scrolls sideways on a phone");
        Assert.Null(cartLeft);
    }

    [Fact]
    public async Task Cart_ChangeQuantityAndRemove_UpdatesTotalsFromServer()
    {
        var shop = await CheckoutShops.SeedAsync(app, CheckoutShops.CashOnly(CheckoutShops.FortyUnderFiveHundred),
            ("Mother Dairy Paneer 200 g", 95m, null), ("Parle-G Gold 1 kg", 100m, null));
        var page = await app.NewPhonePageAsync();
        await page.GotoAsync($"/{shop.Slug}/p/{shop.Products[0].Id:N}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add to cart: Mother Dairy Paneer 200 g" }).ClickAsync();
        await page.GotoAsync($"/{shop.Slug}/p/{shop.Products[1].Id:N}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add to cart: Parle-G Gold 1 kg" }).ClickAsync();
        await page.GotoAsync($"/{shop.Slug}/cart");
        await Assertions.Expect(page.Locator("[data-cart-total]")).ToHaveTextAsync("₹235");

        await page.GetByRole(AriaRole.Button, new() { Name = "One more Mother Dairy Paneer 200 g" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-cart-total]")).ToHaveTextAsync("₹330");
        await page.GetByRole(AriaRole.Button, new() { Name = "Remove Parle-G Gold 1 kg" }).ClickAsync();

        await Assertions.Expect(page.Locator("[data-cart-total]")).ToHaveTextAsync("₹230");
        await Assertions.Expect(page.Locator("[data-cart-lines] .name"))
            .ToHaveTextAsync(["Mother Dairy Paneer 200 g"]);
        var stored = await page.EvaluateAsync<int>(
            $"JSON.parse(localStorage.getItem('dukaan:cart:{shop.Slug}')).items.reduce((n, i) => n + i.qty, 0)");
        Assert.Equal(2, stored);
    }
}
