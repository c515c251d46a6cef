namespace Dukaan.Web.Ordering;

/// <summary>
/// A page of a shop's orders, newest first. Pass <see cref="NextBefore"/> back to get the next page; null when
/// this is the last.
/// </summary>
public sealed record OrderListPage(IReadOnlyList<OrderSummary> Orders, int? NextBefore);
