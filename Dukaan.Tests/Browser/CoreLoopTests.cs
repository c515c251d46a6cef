using Dukaan.Tests.Support;
using static Dukaan.Tests.Support.BrowserWaits;
using Microsoft.Playwright;
using SkiaSharp;

namespace Dukaan.Tests.Browser;

/// <summary>
/// Issue #2 end to end on a phone-sized Chromium: sign up with a code from the SMS outbox, create a shop,
/// add a product with a camera photo, and see it as a customer.
/// </summary>
[Collection(QuietBrowserCollection.Name)]
public sealed class CoreLoopTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task Seller_SignsUpAddsPhotoProduct_CustomerSeesItUpright()
    {
        var seller = await app.NewPhonePageAsync();
        await SellerJourney.SignUpAsync(seller, app, "+91 98765 43210", "+919876543210", "Sharma General Store");
        var shopLink = seller.GetByText("/sharma-general-store").First;
        await Assertions.Expect(shopLink).ToBeVisibleAsync();

        await SellerJourney.AddProductAsync(
            seller, "Parle-G Gold 1 kg", "1,299.50", RepoPaths.Photo("orientation-Landscape_6.jpg"));
        await seller.WaitForURLAsync(url => url.EndsWith("/seller", StringComparison.Ordinal), Committed);
        await Assertions.Expect(seller.GetByText("Parle-G Gold 1 kg")).ToBeVisibleAsync();

        var customer = await app.NewPhonePageAsync();
        var response = await customer.GotoAsync("/sharma-general-store");
        var photo = customer.GetByRole(AriaRole.Img, new() { Name = "Parle-G Gold 1 kg" });
        var src = await photo.GetAttributeAsync("src");
        using var bitmap = SKBitmap.Decode(await DownloadAsync(customer, src!));

        Assert.Equal(200, response!.Status);
        await Assertions.Expect(customer.GetByText("Parle-G Gold 1 kg")).ToBeVisibleAsync();
        await Assertions.Expect(customer.GetByText("₹1,299.50")).ToBeVisibleAsync();
        Assert.NotNull(bitmap);
        await AssertUprightAsync(customer, src!);
    }

    [Fact]
    public async Task Seller_UploadsCorruptPhoto_SeesMessageAndKeepsTypedFields()
    {
        var seller = await app.NewPhonePageAsync();
        await SellerJourney.SignUpAsync(seller, app, "09123456780", "+919123456780", "Corrupt Photo Test");

        await SellerJourney.AddProductAsync(seller, "Amul Butter 500 g", "285", RepoPaths.Photo("corrupted.jpg"));

        await Assertions.Expect(seller.GetByText("photo", new() { Exact = false }).First).ToBeVisibleAsync();
        await Assertions.Expect(seller.GetByLabel("Product name")).ToHaveValueAsync("Amul Butter 500 g");
        await Assertions.Expect(seller.GetByLabel("Price")).ToHaveValueAsync("285");
        Assert.EndsWith("/seller/products/new", seller.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Seller_UploadsGpsTaggedPhoto_NoStoredVariantCarriesMetadata()
    {
        var seller = await app.NewPhonePageAsync();
        await SellerJourney.SignUpAsync(seller, app, "8123456789", "+918123456789", "GPS Test Store");

        await SellerJourney.AddProductAsync(seller, "Tata Salt 1 kg", "28", RepoPaths.Photo("gps-tagged-DSCN0010.jpg"));
        await seller.WaitForURLAsync(url => url.EndsWith("/seller", StringComparison.Ordinal), Committed);

        var customer = await app.NewPhonePageAsync();
        await customer.GotoAsync("/gps-test-store");
        var square = await customer.GetByRole(AriaRole.Img, new() { Name = "Tata Salt 1 kg" }).GetAttributeAsync("src");
        var full = square!.Replace("-sq.webp", "-full.webp", StringComparison.Ordinal);
        foreach (var url in new[] { square, full })
        {
            var bytes = await DownloadAsync(customer, url);
            Assert.Equal("RIFF", System.Text.Encoding.ASCII.GetString(bytes, 0, 4));
            Assert.DoesNotContain("EXIF", WebpChunks(bytes));
            Assert.DoesNotContain("XMP ", WebpChunks(bytes));
            Assert.Equal(-1, IndexOf(bytes, "Exif\0\0"u8.ToArray()));
        }
    }

    [Fact]
    public async Task Product_NamedLikeMarkup_ShowsAsTextForCustomers()
    {
        const string name = "<img src=x onerror=alert(1)>";
        var seller = await app.NewPhonePageAsync();
        await SellerJourney.SignUpAsync(seller, app, "7000000001", "+917000000001", "Markup Test");
        await SellerJourney.AddProductAsync(seller, name, "10", photoPath: null);
        await seller.WaitForURLAsync(url => url.EndsWith("/seller", StringComparison.Ordinal), Committed);
        await Assertions.Expect(seller.GetByText(name)).ToBeVisibleAsync();

        var customer = await app.NewPhonePageAsync();
        var dialogs = 0;
        customer.Dialog += (_, dialog) => { dialogs++; _ = dialog.DismissAsync(); };
        await customer.GotoAsync("/markup-test");

        await Assertions.Expect(customer.GetByText(name)).ToBeVisibleAsync();
        Assert.Equal(0, await customer.Locator("img[src=x]").CountAsync());
        Assert.Equal(0, dialogs);
    }

    private static async Task AssertUprightAsync(IPage page, string src)
    {
        // Landscape_6 is stored sideways with EXIF orientation 6; upright it is wider than tall.
        var full = src.Replace("-sq.webp", "-full.webp", StringComparison.Ordinal);
        using var bitmap = SKBitmap.Decode(await DownloadAsync(page, full));
        Assert.True(bitmap.Width > bitmap.Height, $"stored photo is {bitmap.Width}x{bitmap.Height}, not landscape");
    }

    private static async Task<byte[]> DownloadAsync(IPage page, string url)
    {
        var response = await page.APIRequest.GetAsync(url);
        Assert.Equal(200, response.Status);
        return await response.BodyAsync();
    }

    private static List<string> WebpChunks(byte[] bytes)
    {
        var chunks = new List<string>();
        for (var at = 12; at + 8 <= bytes.Length;)
        {
            chunks.Add(System.Text.Encoding.ASCII.GetString(bytes, at, 4));
            var size = BitConverter.ToInt32(bytes, at + 4);
            at += 8 + size + (size % 2);
        }

        return chunks;
    }

    private static int IndexOf(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle);
}
