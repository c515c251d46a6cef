using System.Text;
using Dukaan.Domain.Ordering;
using Dukaan.Web.Hosting;
using Dukaan.Web.Ordering;
using Dukaan.Web.Photos;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Dukaan.Web.Checkout;

/// <summary>
/// The checkout form: shown for a cart (<c>?items=</c>), posted back here, never cached. A refused form comes back
/// with its messages and everything typed; a placed order answers 303 to its page.
/// </summary>
internal static class CheckoutEndpoints
{
    private const string Missing = "Something in your cart is no longer sold here, so it was left out.";
    private const string FormExpired =
        "This form was open for a long time. Check your details and tap Place order again.";

    public static async Task<RazorComponentResult> ShowAsync(
        string slug,
        string? items,
        CartQuotes quotes,
        IAntiforgery antiforgery,
        PhotoUrls photos,
        IOptions<DukaanOptions> options,
        HttpContext http,
        CancellationToken cancellationToken)
    {
        var quote = await quotes.QuoteAsync(slug, CartItems.Parse([items]), cancellationToken);
        if (quote is null)
        {
            return CheckoutResults.ShopNotFound(options.Value, http, photos);
        }

        var lines = quote.Lines.Select(l => new CartLine(l.ProductId, l.Quantity)).ToList();
        var errors = new Dictionary<string, string>();
        if (quote.Missing.Count > 0)
        {
            errors[CheckoutFields.Cart] = Missing;
        }

        return Page(http, antiforgery, quote, CheckoutForm.New(lines, quote.Shop), errors);
    }

    public static async Task<IResult> PlaceAsync(
        string slug,
        OrderPlacement placement,
        CartQuotes quotes,
        IAntiforgery antiforgery,
        PhotoUrls photos,
        IOptions<DukaanOptions> options,
        ILoggerFactory loggers,
        HttpContext http,
        CancellationToken cancellationToken)
    {
        var logger = loggers.CreateLogger(typeof(CheckoutEndpoints));
        var posted = await ReadPostedFormAsync(http, cancellationToken);
        if (posted is null)
        {
            return Results.Content(UnreadableForm, "text/html; charset=utf-8", Encoding.UTF8, 400);
        }

        var form = CheckoutForm.Read(posted);
        var quote = await quotes.QuoteAsync(slug, form.Lines, cancellationToken);
        if (quote is null)
        {
            return CheckoutResults.ShopNotFound(options.Value, http, photos);
        }

        // An expired or missing token loses nothing: the form comes back filled in with a fresh token.
        if (!await antiforgery.IsRequestValidAsync(http))
        {
            CheckoutLog.FormTokenInvalid(logger, slug);
            return Refused(http, antiforgery, quote, form, new Dictionary<string, string>
            {
                [CheckoutFields.Form] = FormExpired,
            });
        }

        var result = await placement.PlaceAsync(form.ToRequest(slug), cancellationToken);
        if (result.Order is { } order)
        {
            return new SeeOtherResult(CheckoutLinks.Order(order.Token));
        }

        CheckoutLog.Refused(logger, slug, string.Join(',', result.Errors.Keys));
        return Refused(http, antiforgery, quote, form, result.Errors);
    }

    // Only a browser's form post is an order; anything else (JSON, no body, oversized or broken fields) gets a
    // plain page rather than an exception.
    private static async Task<IFormCollection?> ReadPostedFormAsync(
        HttpContext http, CancellationToken cancellationToken)
    {
        if (!http.Request.HasFormContentType)
        {
            return null;
        }

        try
        {
            return await http.Request.ReadFormAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is InvalidDataException or BadHttpRequestException or InvalidOperationException)
        {
            return null;
        }
    }

    private const string UnreadableForm =
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>Order not sent</title>"
        + "<link rel=\"stylesheet\" href=\"/assets/store.css\"></head><body><main class=\"order\">"
        + "<h1>We could not read that order form</h1><p>Nothing was ordered. Go back to the shop, open your cart "
        + "and try again.</p></main></body></html>";

    private static RazorComponentResult Refused(
        HttpContext http,
        IAntiforgery antiforgery,
        CartQuote quote,
        CheckoutForm form,
        IReadOnlyDictionary<string, string> errors)
    {
        // The form comes back with only what is still sold, so pressing Place order again can succeed.
        var kept = form with { Lines = quote.Lines.Select(l => new CartLine(l.ProductId, l.Quantity)).ToList() };
        if (quote.Missing.Count > 0)
        {
            errors = new Dictionary<string, string>(errors) { [CheckoutFields.Cart] = Missing };
        }

        var page = Page(http, antiforgery, quote, kept, errors);
        page.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return page;
    }

    private static RazorComponentResult<CheckoutPage> Page(
        HttpContext http,
        IAntiforgery antiforgery,
        CartQuote quote,
        CheckoutForm form,
        IReadOnlyDictionary<string, string> errors)
    {
        var tokens = antiforgery.GetAndStoreTokens(http);
        http.Response.Headers.CacheControl = "no-store";
        return new RazorComponentResult<CheckoutPage>(new
        {
            Quote = quote,
            Form = form,
            Errors = errors,
            TokenField = tokens.FormFieldName,
            Token = tokens.RequestToken ?? "",
        });
    }
}
