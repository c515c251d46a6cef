using Microsoft.AspNetCore.Components;

namespace Dukaan.Web.Checkout;

public sealed partial class CheckoutPage
{
    [Parameter, EditorRequired]
    public CartQuote Quote { get; set; } = default!;

    [Parameter, EditorRequired]
    public CheckoutForm Form { get; set; } = default!;

    /// <summary>Messages per field, keyed by <see cref="Domain.Ordering.CheckoutFields"/>.</summary>
    [Parameter]
    public IReadOnlyDictionary<string, string> Errors { get; set; } = new Dictionary<string, string>();

    /// <summary>The antiforgery field's name and the token it carries.</summary>
    [Parameter, EditorRequired]
    public string TokenField { get; set; } = "";

    [Parameter, EditorRequired]
    public string Token { get; set; } = "";

    private CheckoutShop Shop => Quote.Shop;

    private IReadOnlyList<OrderSummaryLine> Summary =>
        Quote.Lines.Select(l => new OrderSummaryLine(l.Name, l.UnitPrice, l.Quantity, l.Problem)).ToList();

    private string? Error(string field) => Errors.TryGetValue(field, out var message) ? message : null;

    private string? Invalid(string field) => Errors.ContainsKey(field) ? "true" : null;

    private string? ErrorId(string field) => Errors.ContainsKey(field) ? FieldError.IdFor(field) : null;
}
