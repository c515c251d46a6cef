namespace Dukaan.Domain.Catalog;

/// <summary>Reads a price as Indians type it: <c>49.50</c>, <c>1,299.50</c>, <c>₹ 1,299</c>, <c>1,00,000</c>.</summary>
public static class PriceInput
{
    // TODO(#2): accept Indian grouping and the rupee sign; refuse 0, negatives, >2 decimals and text.
    public static bool TryParse(string? input, out Money price, out string error)
    {
        price = Money.Zero;
        error = "Enter a price in rupees, for example 49.50.";
        if (!decimal.TryParse(input, System.Globalization.NumberStyles.AllowDecimalPoint,
                System.Globalization.CultureInfo.InvariantCulture, out var rupees) || rupees <= 0)
        {
            return false;
        }

        price = Money.FromRupees(rupees);
        error = "";
        return true;
    }
}
