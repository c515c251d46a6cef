namespace Dukaan.Web.Ordering;

/// <summary>The PostgreSQL NOTIFY channel for placed orders; the payload is <c>{shopId}:{number}</c>.</summary>
internal static class OrderChannel
{
    public const string Name = "order_placed";
}
