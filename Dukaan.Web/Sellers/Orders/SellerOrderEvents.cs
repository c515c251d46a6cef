namespace Dukaan.Web.Sellers.Orders;

/// <summary>
/// Within one seller's circuit (scoped): "an order changed here", so the app bar's count of new orders follows a
/// status change made on the detail page without waiting for navigation.
/// </summary>
public sealed class SellerOrderEvents
{
    public event Func<Task>? Changed;

    public Task NotifyChangedAsync() => Changed?.Invoke() ?? Task.CompletedTask;
}
