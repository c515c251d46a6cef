using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace Dukaan.Web.Sellers;

/// <summary>The shop link with copy and WhatsApp buttons, and the QR code for the counter.</summary>
public sealed partial class ShopShareCard : IAsyncDisposable
{
    private IJSObjectReference? _module;
    private bool _copied;
    private bool _copyFailed;

    [Parameter, EditorRequired]
    public string ShopName { get; set; } = "";

    [Parameter, EditorRequired]
    public string Slug { get; set; } = "";

    [Parameter, EditorRequired]
    public string Link { get; set; } = "";

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    private async Task CopyAsync()
    {
        try
        {
            _module ??= await JS.InvokeAsync<IJSObjectReference>("import", "/assets/seller.js");
            _copied = await _module.InvokeAsync<bool>("copyText", Link);
        }
        catch (JSException)
        {
            _copied = false;
        }

        _copyFailed = !_copied;
    }

    public async ValueTask DisposeAsync()
    {
        if (_module is null)
        {
            return;
        }

        try
        {
            await _module.DisposeAsync();
        }
        catch (JSDisconnectedException)
        {
            // The circuit is gone; the browser dropped the module with it.
        }
    }
}
