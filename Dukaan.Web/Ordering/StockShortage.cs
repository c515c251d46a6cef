namespace Dukaan.Web.Ordering;

/// <summary>A cart line the shop cannot fill: the product, what the customer asked for and what is left.</summary>
public sealed record StockShortage(Guid ProductId, string ProductName, int Requested, int Left)
{
    /// <summary>For the customer, e.g. "Only 2 left of Tata Salt 1 kg (you asked for 3)."</summary>
    public string Message => Left == 0
        ? $"{ProductName} is sold out."
        : $"Only {Left} left of {ProductName} (you asked for {Requested}).";
}
