using Dukaan.Domain.Ordering;
using Dukaan.Web.Identity;
using Dukaan.Web.Ordering;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace Dukaan.Web.Sellers.Orders;

/// <summary>
/// One order of the seller's shop by its number: what was ordered, who to deliver to, payment, the timeline and the
/// moves the order may make now. Another shop's number is simply not found.
/// </summary>
public sealed partial class OrderDetailPage
{
    private Order? _order;
    private string _shopName = "";
    private Guid _sellerId;
    private bool _loaded;
    private bool _busy;
    private string? _error;
    private string? _tellCustomer;

    [Parameter]
    public int Number { get; set; }

    [Inject]
    private AuthenticationStateProvider Auth { get; set; } = default!;

    [Inject]
    private OrderDesk Desk { get; set; } = default!;

    [Inject]
    private Sellers.ProductDesk Shops { get; set; } = default!;

    [Inject]
    private SellerOrderEvents Events { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    private string PaymentText => _order switch
    {
        null => "",
        { PaymentState: PaymentState.Pending } => "UPI · payment pending",
        { PaymentState: PaymentState.Paid, PaidAt: { } at } => $"UPI · paid ({IndianTime.Short(at)})",
        _ => OrderMessages.Describe(_order.PaymentMethod),
    };

    protected override async Task OnParametersSetAsync()
    {
        var state = await Auth.GetAuthenticationStateAsync();
        if (state.User.SellerId() is not { } sellerId)
        {
            _loaded = true;
            return;
        }

        _sellerId = sellerId;
        _shopName = (await Shops.FindShopAsync(sellerId, CancellationToken.None))?.Name ?? "";
        _order = await Desk.GetByNumberAsync(sellerId, Number, CancellationToken.None);
        _error = null;
        _tellCustomer = null;
        _loaded = true;
    }

    private async Task MoveAsync(OrderStatus to)
    {
        if (_order is not { } order || _busy)
        {
            return;
        }

        if (OrderStatusFlow.ReturnsStock(to) && !await ConfirmAsync(order, to))
        {
            return;
        }

        await ChangeAsync(() => Desk.ChangeStatusAsync(_sellerId, order.Id, to, CancellationToken.None));
    }

    private Task MarkPaidAsync() => _order is { } order
        ? ChangeAsync(() => Desk.MarkPaidAsync(_sellerId, order.Id, CancellationToken.None))
        : Task.CompletedTask;

    private async Task<bool> ConfirmAsync(Order order, OrderStatus to)
    {
        var verb = to == OrderStatus.Rejected ? "Reject" : "Cancel";
        var answer = await Dialogs.ShowMessageBoxAsync(
            $"{verb} order {order.DisplayNumber}?",
            order.PaymentState == PaymentState.Paid
                ? $"The order's items go back into your stock. The customer paid {order.Total} by UPI: "
                    + "send the money back to them. This cannot be undone."
                : "The order's items go back into your stock. This cannot be undone.",
            yesText: to == OrderStatus.Rejected ? "Reject order" : "Cancel order",
            cancelText: "Keep order");
        return answer == true;
    }

    private async Task ChangeAsync(Func<Task<OrderChangeResult>> change)
    {
        _busy = true;
        try
        {
            var result = await change();
            _order = result.Order;
            _error = result.Error;
            _tellCustomer = result.Succeeded && result.Order is { } changed ? TellCustomerLink(changed) : null;
            if (result.Succeeded)
            {
                Snackbar.Add("Order updated.", Severity.Normal);
                await Events.NotifyChangedAsync();
            }
        }
        finally
        {
            _busy = false;
        }
    }

    private string TellCustomerLink(Order order)
    {
        var orderUrl = Navigation.ToAbsoluteUri("/o/" + order.Token).ToString();
        return WhatsAppLink.To(order.CustomerPhone, OrderMessages.StatusUpdate(order, _shopName, orderUrl));
    }
}
