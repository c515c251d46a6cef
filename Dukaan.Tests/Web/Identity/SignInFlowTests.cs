using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Dukaan.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace Dukaan.Tests.Web.Identity;

public sealed partial class SignInFlowTests(DukaanWebFactory app) : IClassFixture<DukaanWebFactory>
{
    [Fact]
    public async Task SignIn_NewSeller_SendsCodeVerifiesAndCreatesShop()
    {
        using var client = NewClient();
        var phone = TestPhones.Next();

        var signIn = await GetPageAsync(client, "/seller/sign-in");
        using var sent = await PostAsync(
            client, "/seller/sign-in", signIn, "send-code", ("Phone", "0" + phone.Value[3..]));

        Assert.Contains("Phone number", signIn, StringComparison.Ordinal);
        Assert.Contains("type=\"tel\"", signIn, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.SeeOther, sent.StatusCode);
        var codeUrl = sent.Headers.Location!.OriginalString;
        Assert.Equal("/seller/sign-in/code?phone=%2B" + phone.Value[1..], codeUrl);

        var codePage = await GetPageAsync(client, codeUrl);
        var reloaded = await GetPageAsync(client, codeUrl);
        Assert.Contains("autocomplete=\"one-time-code\"", codePage, StringComparison.Ordinal);
        Assert.Contains("inputmode=\"numeric\"", codePage, StringComparison.Ordinal);
        Assert.Contains(phone.Value[3..8] + " " + phone.Value[8..], reloaded, StringComparison.Ordinal);
        Assert.Contains("Send a new code", reloaded, StringComparison.Ordinal);
        var code = Assert.Single(OutboxCodesFor(phone.Value));

        using var verified = await PostAsync(client, codeUrl, codePage, "verify", ("Code", code));
        Assert.Equal(HttpStatusCode.SeeOther, verified.StatusCode);
        Assert.Equal("/seller/new-shop", verified.Headers.Location!.OriginalString);
        Assert.Contains(
            verified.Headers.GetValues("Set-Cookie"), c => c.StartsWith("dukaan.seller=", StringComparison.Ordinal));

        var newShop = await GetPageAsync(client, "/seller/new-shop");
        Assert.Contains("Shop name", newShop, StringComparison.Ordinal);
        using var created = await PostAsync(
            client, "/seller/new-shop", newShop, "new-shop", ("Name", "Flow Test Kirana"));
        Assert.Equal(HttpStatusCode.SeeOther, created.StatusCode);
        Assert.Equal("/seller", created.Headers.Location!.OriginalString);

        await using var db = await app.Database.Reads.CreateDbContextAsync();
        var seller = await db.Sellers.SingleAsync(s => s.Phone == phone.Value);
        var shop = await db.Shops.SingleAsync(s => s.SellerId == seller.Id);
        Assert.Equal("flow-test-kirana", shop.Slug);
        Assert.Single(OutboxCodesFor(phone.Value));
    }

    [Fact]
    public async Task SignIn_WrongCode_ShowsMessageAndKeepsTheNumber()
    {
        using var client = NewClient();
        var phone = TestPhones.Next();
        var signIn = await GetPageAsync(client, "/seller/sign-in");
        using var sent = await PostAsync(client, "/seller/sign-in", signIn, "send-code", ("Phone", phone.Value));
        var codeUrl = sent.Headers.Location!.OriginalString;
        var codePage = await GetPageAsync(client, codeUrl);
        var wrong = OutboxCodesFor(phone.Value).Single() == "000000" ? "111111" : "000000";

        using var response = await PostAsync(client, codeUrl, codePage, "verify", ("Code", wrong));

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("That code is wrong or has expired", html, StringComparison.Ordinal);
        Assert.Contains(phone.Value[8..], html, StringComparison.Ordinal);
        Assert.DoesNotContain("dukaan.seller=", string.Join(";", response.Headers.TryGetValues("Set-Cookie", out var c)
            ? c : []), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("99999999999")]
    public async Task CodePage_JunkInQuery_StillShowsTheForm(string resent)
    {
        using var client = NewClient();

        using var response = await client.GetAsync($"/seller/sign-in/code?phone=%2B919700002001&resent={resent}");

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<label for=\"code\">Code</label>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("We sent a new code", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_BadNumber_ShowsMessageAndSendsNothing()
    {
        using var client = NewClient();
        var signIn = await GetPageAsync(client, "/seller/sign-in");

        using var response = await PostAsync(
            client, "/seller/sign-in", signIn, "send-code", ("Phone", "12345<b>x</b>"));

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("A phone number has only digits", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>x</b>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignOut_SignedInSeller_ClearsTheCookie()
    {
        using var client = NewClient();
        var phone = TestPhones.Next();
        var signIn = await GetPageAsync(client, "/seller/sign-in");
        using var sent = await PostAsync(client, "/seller/sign-in", signIn, "send-code", ("Phone", phone.Value));
        var codeUrl = sent.Headers.Location!.OriginalString;
        var codePage = await GetPageAsync(client, codeUrl);
        var code = OutboxCodesFor(phone.Value).Single();
        using var verified = await PostAsync(client, codeUrl, codePage, "verify", ("Code", code));
        var newShop = await GetPageAsync(client, "/seller/new-shop");

        using var signedOut = await PostAsync(client, "/seller/sign-out", newShop, handler: null);
        using var afterwards = await client.GetAsync("/seller/new-shop");

        Assert.Equal(HttpStatusCode.SeeOther, signedOut.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, afterwards.StatusCode);
        Assert.Equal("/seller/sign-in", afterwards.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task SignOut_CopiedCookie_StopsWorkingToo()
    {
        using var client = NewClient();
        var phone = TestPhones.Next();
        var signIn = await GetPageAsync(client, "/seller/sign-in");
        using var sent = await PostAsync(client, "/seller/sign-in", signIn, "send-code", ("Phone", phone.Value));
        var codeUrl = sent.Headers.Location!.OriginalString;
        var codePage = await GetPageAsync(client, codeUrl);
        using var verified = await PostAsync(
            client, codeUrl, codePage, "verify", ("Code", OutboxCodesFor(phone.Value).Single()));
        var copied = verified.Headers.GetValues("Set-Cookie")
            .Single(c => c.StartsWith("dukaan.seller=", StringComparison.Ordinal));
        var cookie = copied[..copied.IndexOf(';', StringComparison.Ordinal)];
        using var thief = app.CreateClient(new WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false,
            HandleCookies = false,
        });
        thief.DefaultRequestHeaders.Add("Cookie", cookie);
        using var before = await thief.GetAsync("/seller/new-shop");

        var newShop = await GetPageAsync(client, "/seller/new-shop");
        using var signedOut = await PostAsync(client, "/seller/sign-out", newShop, handler: null);
        using var after = await thief.GetAsync("/seller/new-shop");

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.SeeOther, signedOut.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Equal("/seller/sign-in", after.Headers.Location!.AbsolutePath);
    }

    private HttpClient NewClient() => app.CreateClient(new WebApplicationFactoryClientOptions
    {
        AllowAutoRedirect = false,
        HandleCookies = true,
    });

    private static async Task<string> GetPageAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private static async Task<HttpResponseMessage> PostAsync(
        HttpClient client,
        string url,
        string pageWithToken,
        string? handler,
        params (string Name, string Value)[] fields)
    {
        var token = TokenField().Match(pageWithToken).Groups[1].Value;
        Assert.False(string.IsNullOrEmpty(token), "the page carries an antiforgery token");
        var form = new List<KeyValuePair<string, string>>
        {
            new("__RequestVerificationToken", WebUtility.HtmlDecode(token)),
        };
        if (handler is not null)
        {
            form.Add(new("_handler", handler));
        }

        form.AddRange(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));
        using var content = new FormUrlEncodedContent(form);
        return await client.PostAsync(url, content);
    }

    private List<string> OutboxCodesFor(string phone)
    {
        if (!File.Exists(app.SmsOutboxPath))
        {
            return [];
        }

        return File.ReadAllLines(app.SmsOutboxPath)
            .Select(line => JsonDocument.Parse(line).RootElement)
            .Where(json => json.GetProperty("to").GetString() == phone)
            .Select(json => RecordingSmsSender.CodeIn(json.GetProperty("text").GetString()!))
            .ToList();
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
