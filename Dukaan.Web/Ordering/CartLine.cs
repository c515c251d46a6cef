namespace Dukaan.Web.Ordering;

/// <summary>
/// One line of the customer's cart as the browser sends it: which product and how many, never a price.
/// </summary>
public sealed record CartLine(Guid ProductId, int Quantity);
