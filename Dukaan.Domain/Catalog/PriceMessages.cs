namespace Dukaan.Domain.Catalog;

/// <summary>What a seller is told when a typed price cannot be used.</summary>
public static class PriceMessages
{
    public const string Blank = "Enter a price in rupees, for example 49.50.";

    public const string NotANumber = "Write the price in numbers only, for example 1,299 or 49.50.";

    public const string Negative = "A price can't be negative. Enter the amount in rupees, for example 49.50.";

    public const string Zero = "A price must be more than ₹0.";

    public const string TooManyDecimals = "Use at most 2 digits after the decimal point (paise), for example 49.50.";

    public const string TwoPoints = "There is more than one decimal point. Write the price like 1,299.50.";

    public const string Commas = "The commas look out of place. Write 1,299 or 1,00,000, or leave the commas out.";

    public static string TooHigh(Money max) =>
        $"That is more than {max}, the highest price for one product. Please check the number of zeros.";
}
