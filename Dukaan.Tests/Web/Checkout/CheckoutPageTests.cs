using System.Net;
using Dukaan.Domain.Ordering;
using Dukaan.Tests.Support;
using Dukaan.Web.Checkout;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Dukaan.Tests.Web.Checkout;

/// <summary>The checkout form through the app's HTTP pipeline, on a real database.</summary>
public sealed class CheckoutPageTests(StorefrontWebFactory app) : IClassFixture<StorefrontWebFactory>
{
    [Fact]
    public async Task Post_ProductGoneSinceFormWasShown_FormComesBackWithoutItAndThenPlaces()
    {
        var shop = await CheckoutShops.SeedAsync(app, CheckoutShops.CashOnly(CheckoutShops.FortyUnderFiveHundred),
            ("Tata Salt 1 kg", 28m, null));
        using var client = NewClient();
        var form = await CheckoutFormPage.OpenAsync(client, shop.Slug, Items(shop, 1));
        var tampered = form with { Lines = [.. form.Lines, $"{Guid.NewGuid():N}:1"] };

        using var refused = await tampered.SubmitAsync(client);
        var again = CheckoutFormPage.Read(form.Path, await refused.Content.ReadAsStringAsync());
        using var placed = await again.SubmitAsync(client);

        Assert.Equal(System.Net.HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("so it was left out", again.Html, StringComparison.Ordinal);
        Assert.Equal(form.Lines, again.Lines);
        Assert.Equal(System.Net.HttpStatusCode.SeeOther, placed.StatusCode);
    }

    [Theory]
    [InlineData("application/json", "{}")]
    [InlineData("text/plain", "")]
    public async Task Post_NotAFormPost_GetsAPlainPageAndNoOrder(string contentType, string body)
    {
        var shop = await CheckoutShops.SeedAsync(app, CheckoutShops.CashOnly(CheckoutShops.FortyUnderFiveHundred),
            ("Tata Salt 1 kg", 28m, null));
        using var client = NewClient();

        using var response = await client.PostAsync(
            $"/{shop.Slug}/checkout", new StringContent(body, System.Text.Encoding.UTF8, contentType));

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Nothing was ordered", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_TooManyFields_GetsAPlainPageNotAnError()
    {
        var shop = await CheckoutShops.SeedAsync(app, CheckoutShops.CashOnly(CheckoutShops.FortyUnderFiveHundred),
            ("Tata Salt 1 kg", 28m, null));
        using var client = NewClient();
        var fields = Enumerable.Range(0, 1100).Select(i => new KeyValuePair<string, string>("line", $"x{i}:1"));

        using var response = await client.PostAsync($"/{shop.Slug}/checkout", new FormUrlEncodedContent(fields));

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Get_ForCart_ShowsServerPricesDeliveryAndTotalWithNeededInputs()
    {
        var shop = await CheckoutShops.SeedAsync(app, CheckoutShops.CashOnly(CheckoutShops.FortyUnderFiveHundred),
            ("Tata Salt 1 kg", 28m, null), ("Amul Butter 500 g", 285m, null));
        using var client = NewClient();

        var form = await CheckoutFormPage.OpenAsync(client, shop.Slug, Items(shop, 2, 1));

        Assert.Contains("₹341", form.Html, StringComparison.Ordinal);
        Assert.Contains("₹40", form.Html, StringComparison.Ordinal);
        Assert.Contains("₹381", form.Html, StringComparison.Ordinal);
        Assert.Contains("Delivery ₹40, free on orders of ₹500 or more", form.Html, StringComparison.Ordinal);
        Assert.Contains("<label for=\"phone\">Phone number</label>", form.Html, StringComparison.Ordinal);
        Assert.Contains("autocomplete=\"street-address\"", form.Html, StringComparison.Ordinal);
        Assert.Contains("inputmode=\"numeric\" autocomplete=\"postal-code\"", form.Html, StringComparison.Ordinal);
        Assert.Equal(2, form.Lines.Count);
        Assert.Equal(32, form.Key.Length);
    }

    [Fact]
    public async Task Post_ValidForm_PlacesOrderAndRedirects303ToOrderPage()
    {
        var shop = await CheckoutShops.SeedAsync(app, CheckoutShops.CashOnly(CheckoutShops.FortyUnderFiveHundred),
            ("Tata Salt 1 kg", 28m, null), ("Amul Butter 500 g", 285m, null));
        using var client = NewClient();
        var form = await CheckoutFormPage.OpenAsync(client, shop.Slug, Items(shop, 2, 1));

        using var posted = await form.SubmitAsync(client);
        var location = posted.Headers.Location?.ToString() ?? "";
        using var order = await client.GetAsync(location);
        var html = await order.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.SeeOther, posted.StatusCode);
        Assert.Matches("^/o/[A-Za-z0-9_-]{22}$", location);
        Assert.Equal(HttpStatusCode.OK, order.StatusCode);
        Assert.Contains("Order #1001", html, StringComparison.Ordinal);
        Assert.Contains("₹381", html, StringComparison.Ordinal);
        Assert.Contains("Placed", html, StringComparison.Ordinal);
        Assert.Contains("https://wa.me/", html, StringComparison.Ordinal);
        Assert.True(order.Headers.CacheControl is { Private: true, NoStore: true });
        Assert.False(order.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task Post_MissingAndInvalidFields_ReturnsFormWithMessagesAndTypedValues_SavesNothing()
    {
        var shop = await CheckoutShops.SeedAsync(app, CheckoutShops.CashOnly(DeliveryPolicy.Free),
            ("Tata Salt 1 kg", 28m, 5));
        using var client = NewClient();
        var form = await CheckoutFormPage.OpenAsync(client, shop.Slug, Items(shop, 1));

        using var posted = await form.SubmitAsync(client,
            (CheckoutFields.Name, ""), (CheckoutFields.Phone, "12345"), (CheckoutFields.Pincode, "5600"),
            (CheckoutFields.Address, "Flat 4, Shanti Nivas"), (CheckoutFields.Note, "Ring twice"));
        var html = await posted.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, posted.StatusCode);
        Assert.Contains("Enter your name.", html, StringComparison.Ordinal);
        Assert.Contains("Enter the 6-digit pincode of the delivery address.", html, StringComparison.Ordinal);
        Assert.Contains("id=\"phone-error\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"12345\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"5600\"", html, StringComparison.Ordinal);
        Assert.Contains(">Flat 4, Shanti Nivas</textarea>", html, StringComparison.Ordinal);
        Assert.Contains(">Ring twice</textarea>", html, StringComparison.Ordinal);
        Assert.Equal(form.Key, CheckoutFormPage.Read(form.Path, html).Key);
        Assert.Equal(0, await CheckoutShops.OrderCountAsync(app, shop.Id));
    }

    [Fact]
    public async Task Post_MoreThanInStock_NamesItemAndCountLeft_SavesNothing()
    {
        var shop = await CheckoutShops.SeedAsync(app, CheckoutShops.CashOnly(DeliveryPolicy.Free),
            ("Amul Butter 500 g", 285m, 2));
        using var client = NewClient();
        var form = await CheckoutFormPage.OpenAsync(client, shop.Slug, Items(shop, 3));

        using var posted = await form.SubmitAsync(client);
        var html = await posted.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, posted.StatusCode);
        Assert.Contains("Only 2 left of Amul Butter 500 g", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Sunita Sharma\"", html, StringComparison.Ordinal);
        Assert.Equal(0, await CheckoutShops.OrderCountAsync(app, shop.Id));
    }

    [Fact]
    public async Task Post_SameFormTwice_CreatesOneOrderAndBothLeadToIt()
    {
        var shop = await CheckoutShops.SeedAsync(app, CheckoutShops.CashOnly(DeliveryPolicy.Free),
            ("Tata Salt 1 kg", 28m, 10));
        using var client = NewClient();
        var form = await CheckoutFormPage.OpenAsync(client, shop.Slug, Items(shop, 1));

        using var first = await form.SubmitAsync(client);
        using var second = await form.SubmitAsync(client);

        Assert.Equal(HttpStatusCode.SeeOther, first.StatusCode);
        Assert.Equal(HttpStatusCode.SeeOther, second.StatusCode);
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        Assert.Equal(1, await CheckoutShops.OrderCountAsync(app, shop.Id));
    }

    [Fact]
    public async Task Post_WithoutFormToken_ReturnsFormKeepingValues_SavesNothing()
    {
        var shop = await CheckoutShops.SeedAsync(app, CheckoutShops.CashOnly(DeliveryPolicy.Free),
            ("Tata Salt 1 kg", 28m, null));
        using var client = NewClient();
        var form = await CheckoutFormPage.OpenAsync(client, shop.Slug, Items(shop, 1));

        using var posted = await (form with { Token = "stale" }).SubmitAsync(client);
        var html = await posted.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, posted.StatusCode);
        Assert.Contains("This form was open for a long time", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Sunita Sharma\"", html, StringComparison.Ordinal);
        Assert.Equal(0, await CheckoutShops.OrderCountAsync(app, shop.Id));
    }

    [Fact]
    public async Task CashOnlyShop_OffersNoUpiChoice_AndRefusesUpi()
    {
        var shop = await CheckoutShops.SeedAsync(app, CheckoutShops.CashOnly(DeliveryPolicy.Free),
            ("Tata Salt 1 kg", 28m, null));
        using var client = NewClient();
        var form = await CheckoutFormPage.OpenAsync(client, shop.Slug, Items(shop, 1));

        using var posted = await form.SubmitAsync(client, (CheckoutFields.Payment, PaymentChoice.Upi));
        var html = await posted.Content.ReadAsStringAsync();

        Assert.Contains($"value=\"{PaymentChoice.CashOnDelivery}\"", form.Html, StringComparison.Ordinal);
        Assert.DoesNotContain($"value=\"{PaymentChoice.Upi}\"", form.Html, StringComparison.Ordinal);
        Assert.Contains("This shop does not take UPI payments", html, StringComparison.Ordinal);
        Assert.Equal(0, await CheckoutShops.OrderCountAsync(app, shop.Id));
    }

    [Fact]
    public async Task UpiOrder_PageShowsPayLinkAndPendingPayment_AndQrIsPng()
    {
        var shop = await CheckoutShops.SeedAsync(app, CheckoutShops.UpiOnly("guptastore@okaxis"),
            ("Amul Butter 500 g", 285m, null));
        using var client = NewClient();
        var form = await CheckoutFormPage.OpenAsync(client, shop.Slug, Items(shop, 2));
        using var posted = await form.SubmitAsync(client, (CheckoutFields.Payment, PaymentChoice.Upi));
        var token = posted.Headers.Location!.ToString()["/o/".Length..];

        var html = WebUtility.HtmlDecode(await client.GetStringAsync(CheckoutLinks.Order(token)));
        using var qr = await client.GetAsync(CheckoutLinks.UpiQr(token));
        var png = await qr.Content.ReadAsByteArrayAsync();

        Assert.DoesNotContain($"value=\"{PaymentChoice.CashOnDelivery}\"", form.Html, StringComparison.Ordinal);
        Assert.Contains("upi://pay?pa=guptastore%40okaxis&pn=Gupta%20Provisions&am=570.00&cu=INR&tn=Order%20%231001",
            html, StringComparison.Ordinal);
        Assert.Contains("Pay with UPI app", html, StringComparison.Ordinal);
        Assert.Contains("payment pending", html, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("image/png", qr.Content.Headers.ContentType?.MediaType);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
    }

    [Fact]
    public async Task CashOrder_HasNoQrCode()
    {
        var shop = await CheckoutShops.SeedAsync(app, CheckoutShops.CashOnly(DeliveryPolicy.Free),
            ("Tata Salt 1 kg", 28m, null));
        using var client = NewClient();
        var form = await CheckoutFormPage.OpenAsync(client, shop.Slug, Items(shop, 1));
        using var posted = await form.SubmitAsync(client);
        var token = posted.Headers.Location!.ToString()["/o/".Length..];

        using var qr = await client.GetAsync(CheckoutLinks.UpiQr(token));
        var html = await client.GetStringAsync(CheckoutLinks.Order(token));

        Assert.Equal(HttpStatusCode.NotFound, qr.StatusCode);
        Assert.DoesNotContain("upi://", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("not-a-token")]
    public async Task OrderPage_UnknownToken_IsFriendly404(string token)
    {
        using var client = NewClient();

        using var response = await client.GetAsync(CheckoutLinks.Order(token));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("We could not find this order", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MarkupInNamesAndNotes_IsEncodedOnEveryPage()
    {
        const string product = "<script>alert('p')</script> Ghee";
        const string name = "<img src=x onerror=alert(1)>";
        const string note = "</textarea><b>loud</b>";
        var shop = await CheckoutShops.SeedAsync(app, CheckoutShops.CashOnly(DeliveryPolicy.Free),
            (product, 650m, null));
        using var client = NewClient();
        var form = await CheckoutFormPage.OpenAsync(client, shop.Slug, Items(shop, 1));
        using var refused = await form.SubmitAsync(client, (CheckoutFields.Name, name), (CheckoutFields.Note, note),
            (CheckoutFields.Pincode, "1"));
        var refusedHtml = await refused.Content.ReadAsStringAsync();
        using var placed = await form.SubmitAsync(client, (CheckoutFields.Name, name), (CheckoutFields.Note, note));
        var orderHtml = await client.GetStringAsync(placed.Headers.Location!.ToString());

        foreach (var html in new[] { form.Html, refusedHtml, orderHtml })
        {
            Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<b>loud</b>", html, StringComparison.Ordinal);
        }

        Assert.Contains("&lt;script&gt;alert(&#x27;p&#x27;)&lt;/script&gt; Ghee", orderHtml, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", orderHtml, StringComparison.Ordinal);
        Assert.Contains("&lt;/textarea&gt;&lt;b&gt;loud&lt;/b&gt;", refusedHtml, StringComparison.Ordinal);
    }

    private HttpClient NewClient() => app.CreateClient(new WebApplicationFactoryClientOptions
    {
        AllowAutoRedirect = false,
    });

    private static string Items(SeededShop shop, params int[] quantities) =>
        string.Join(',', quantities.Select((q, i) => $"{shop.Products[i].Id:N}:{q}"));
}
