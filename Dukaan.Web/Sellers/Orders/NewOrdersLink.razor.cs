using Dukaan.Domain.Ordering;
using Dukaan.Web.Identity;
using Dukaan.Web.Ordering;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Routing;
using MudBlazor;

namespace Dukaan.Web.Sellers.Orders;

/// <summary>
/// The app bar's "Orders" link with the count of new (placed) orders, kept live: it follows the shop's new-order
/// signals, this circuit's own status changes and every navigation.
/// </summary>
public sealed partial class NewOrdersLink
{
    private Guid? _sellerId;
    private int _count;
    private OrderWatch? _watch;

    [Inject]
    private AuthenticationStateProvider Auth { get; set; } = default!;

    [Inject]
    private OrderDesk Desk { get; set; } = default!;

    [Inject]
    private Sellers.ProductDesk Shops { get; set; } = default!;

    [Inject]
    private IOrderNotifications Notifications { get; set; } = default!;

    [Inject]
    private SellerOrderEvents Events { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private ILogger<NewOrdersLink> Logger { get; set; } = default!;

    private string Label => _count switch
    {
        0 => "Orders",
        1 => "Orders, 1 new",
        _ => $"Orders, {_count} new",
    };

    protected override async Task OnInitializedAsync()
    {
        var state = await Auth.GetAuthenticationStateAsync();
        _sellerId = state.User.SellerId();

        // Only a live page can follow changes; a static render shows the link alone.
        if (_sellerId is not { } sellerId || !RendererInfo.IsInteractive)
        {
            return;
        }

        var shop = await Shops.FindShopAsync(sellerId, CancellationToken.None);
        if (shop is null)
        {
            return;
        }

        _watch = OrderWatch.Start(Notifications, shop.Id, s => InvokeAsync(() => OnSignalAsync(s)), Logger);
        Events.Changed += OnOrderChangedAsync;
        Navigation.LocationChanged += OnLocationChanged;
        _count = await Desk.CountAsync(sellerId, OrderStatus.Placed, CancellationToken.None);
    }

    public void Dispose()
    {
        _watch?.Dispose();
        Events.Changed -= OnOrderChangedAsync;
        Navigation.LocationChanged -= OnLocationChanged;
    }

    private async Task OnSignalAsync(OrderSignal signal)
    {
        // The orders page says so itself; everywhere else (the dashboard) the seller hears it here.
        var onOrdersPage = Navigation.ToBaseRelativePath(Navigation.Uri).StartsWith(
            "seller/orders", StringComparison.OrdinalIgnoreCase);
        if (signal.Number is { } number && !onOrdersPage)
        {
            Snackbar.Add($"New order #{number}", Severity.Normal);
        }

        await RecountAsync();
    }

    private Task OnOrderChangedAsync() => InvokeAsync(RecountAsync);

    private void OnLocationChanged(object? sender, LocationChangedEventArgs e) => _ = InvokeAsync(RecountAsync);

    private async Task RecountAsync()
    {
        if (_sellerId is not { } sellerId)
        {
            return;
        }

        _count = await Desk.CountAsync(sellerId, OrderStatus.Placed, CancellationToken.None);
        StateHasChanged();
    }
}
