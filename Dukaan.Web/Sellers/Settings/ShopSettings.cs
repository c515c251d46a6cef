using Dukaan.Domain.Ordering;

namespace Dukaan.Web.Sellers.Settings;

/// <summary>How a shop takes orders: checked values, ready for <c>Shop.SetOrderSettings</c>.</summary>
public sealed record ShopSettings(bool CashOnDelivery, UpiId? UpiId, DeliveryPolicy Delivery, bool AutoAccept);
