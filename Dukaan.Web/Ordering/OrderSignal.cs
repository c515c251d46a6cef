namespace Dukaan.Web.Ordering;

/// <summary>
/// "Something happened to this shop's orders." <see cref="Number"/> is the new order's number; null means signals
/// may have been missed (the listener reconnected), so reload the list.
/// </summary>
public sealed record OrderSignal(Guid ShopId, int? Number);
