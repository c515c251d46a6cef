using Dukaan.Domain.Ordering;
using Dukaan.Web.Identity;
using Dukaan.Web.Ordering;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace Dukaan.Web.Sellers.Orders;

/// <summary>
/// The shop's orders, newest first, by status, a page at a time. Orders placed while the page is open appear
/// without a reload: the page follows the shop's new-order signals for as long as it is open.
/// </summary>
public sealed partial class OrdersPage
{
    private const string AllFilter = "all";

    private static readonly OrderStatus[] Filters =
    [
        OrderStatus.Placed, OrderStatus.Accepted, OrderStatus.Shipped, OrderStatus.Delivered,
        OrderStatus.Rejected, OrderStatus.Cancelled,
    ];

    private List<OrderSummary> _orders = [];
    private string _filter = AllFilter;
    private int? _nextBefore;
    private Guid _sellerId;
    private bool _loaded;
    private bool _loadingMore;
    private OrderWatch? _watch;

    /// <summary>Orders per page; tests make it small.</summary>
    [Parameter]
    public int PageSize { get; set; } = OrderDesk.DefaultPageSize;

    [Inject]
    private AuthenticationStateProvider Auth { get; set; } = default!;

    [Inject]
    private OrderDesk Desk { get; set; } = default!;

    [Inject]
    private Sellers.ProductDesk Shops { get; set; } = default!;

    [Inject]
    private IOrderNotifications Notifications { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private ILogger<OrdersPage> Logger { get; set; } = default!;

    private OrderStatus? Status => Enum.TryParse<OrderStatus>(_filter, out var status) ? status : null;

    protected override async Task OnInitializedAsync()
    {
        var state = await Auth.GetAuthenticationStateAsync();
        if (state.User.SellerId() is not { } sellerId)
        {
            return;
        }

        _sellerId = sellerId;
        var shop = await Shops.FindShopAsync(sellerId, CancellationToken.None);
        if (shop is null)
        {
            Navigation.NavigateTo("/seller/new-shop", forceLoad: true);
            return;
        }

        // Watch before reading, so an order placed meanwhile is not missed (it is merged by number).
        if (RendererInfo.IsInteractive)
        {
            _watch = OrderWatch.Start(Notifications, shop.Id, s => InvokeAsync(() => OnSignalAsync(s)), Logger);
        }

        await LoadFirstPageAsync();
        _loaded = true;
    }

    public void Dispose() => _watch?.Dispose();

    private async Task OnSignalAsync(OrderSignal signal)
    {
        if (signal.Number is { } number)
        {
            Snackbar.Add($"New order #{number}", Severity.Normal);
            await AddNewerAsync();
        }
        else
        {
            await LoadFirstPageAsync();
        }

        StateHasChanged();
    }

    private async Task FilterAsync(string? filter)
    {
        _filter = filter ?? AllFilter;
        await LoadFirstPageAsync();
    }

    private async Task LoadFirstPageAsync()
    {
        var page = await Desk.ListAsync(_sellerId, Status, before: null, PageSize, CancellationToken.None);
        _orders = [.. page.Orders];
        _nextBefore = page.NextBefore;
    }

    private async Task LoadMoreAsync()
    {
        if (_nextBefore is not { } before || _loadingMore)
        {
            return;
        }

        _loadingMore = true;
        try
        {
            var page = await Desk.ListAsync(_sellerId, Status, before, PageSize, CancellationToken.None);
            _orders.AddRange(page.Orders.Where(o => o.Number < before));
            _nextBefore = page.NextBefore;
        }
        finally
        {
            _loadingMore = false;
        }
    }

    private async Task AddNewerAsync()
    {
        var page = await Desk.ListAsync(_sellerId, Status, before: null, PageSize, CancellationToken.None);
        var newest = _orders.Count == 0 ? 0 : _orders.Max(o => o.Number);
        var newer = page.Orders.Where(o => o.Number > newest).ToList();

        // A whole page of news leaves a gap between it and what is shown: start again from the top.
        if (newer.Count == page.Orders.Count && page.NextBefore is not null)
        {
            _orders = [.. page.Orders];
            _nextBefore = page.NextBefore;
            return;
        }

        _orders.InsertRange(0, newer);
    }
}
