using System.Net;
using System.Text.RegularExpressions;
using Dukaan.Domain.Ordering;
using Dukaan.Web.Checkout;

namespace Dukaan.Tests.Web.Checkout;

/// <summary>A checkout form as served: its HTML, antiforgery field, idempotency key and hidden cart lines.</summary>
internal sealed partial record CheckoutFormPage(
    string Path, string Html, string TokenField, string Token, string Key, IReadOnlyList<string> Lines)
{
    public static async Task<CheckoutFormPage> OpenAsync(HttpClient client, string slug, string items)
    {
        var path = $"/{slug}/checkout";
        using var response = await client.GetAsync($"{path}?items={Uri.EscapeDataString(items)}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Read(path, await response.Content.ReadAsStringAsync());
    }

    public static CheckoutFormPage Read(string path, string html)
    {
        var token = AntiforgeryInput().Match(html);
        Assert.True(token.Success, "the checkout form has no antiforgery field");
        var key = Hidden(html, CheckoutForm.KeyField).Single();
        return new CheckoutFormPage(path, html, token.Groups[1].Value, token.Groups[2].Value, key,
            Hidden(html, CartItems.FieldName));
    }

    /// <summary>Posts the form with valid details, changed by <paramref name="fields"/>.</summary>
    public Task<HttpResponseMessage> SubmitAsync(HttpClient client, params (string Name, string Value)[] fields)
    {
        var values = new Dictionary<string, string>
        {
            [CheckoutFields.Name] = "Sunita Sharma",
            [CheckoutFields.Phone] = "98123 45678",
            [CheckoutFields.Address] = "12 MG Road, Indiranagar",
            [CheckoutFields.Pincode] = "560038",
            [CheckoutFields.Note] = "",
            [CheckoutFields.Payment] = PaymentChoice.CashOnDelivery,
        };
        foreach (var (name, value) in fields)
        {
            values[name] = value;
        }

        var body = values.Select(v => KeyValuePair.Create(v.Key, v.Value))
            .Append(KeyValuePair.Create(TokenField, Token))
            .Append(KeyValuePair.Create(CheckoutForm.KeyField, Key))
            .Concat(Hidden(Html, CheckoutForm.ExpectedTotalField)
                .Select(total => KeyValuePair.Create(CheckoutForm.ExpectedTotalField, total)))
            .Concat(Lines.Select(l => KeyValuePair.Create(CartItems.FieldName, l)));
        return client.PostAsync(Path, new FormUrlEncodedContent(body));
    }

    public static List<string> Hidden(string html, string name) =>
        Regex.Matches(html, $"<input type=\"hidden\" name=\"{Regex.Escape(name)}\" value=\"([^\"]*)\"")
            .Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))
            .ToList();

    [GeneratedRegex("<input type=\"hidden\" name=\"(__RequestVerificationToken[^\"]*)\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryInput();
}
