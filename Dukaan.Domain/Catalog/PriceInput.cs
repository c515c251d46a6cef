namespace Dukaan.Domain.Catalog;

/// <summary>
/// Reads a price as Indians type it: <c>49.50</c>, <c>1299.5</c>, <c>1,299.50</c>, <c>₹ 1,299</c>, <c>Rs. 1,299</c>,
/// <c>1,00,000</c>, <c>1,299/-</c>. Commas must group digits the Indian way (<c>1,00,000</c>) or the international
/// way (<c>100,000</c>); anything else (<c>1,50</c>, which some people mean as 1.50) is refused rather than guessed.
/// A price is more than zero, has at most two decimals and is at most <see cref="MaxPrice"/>.
/// </summary>
public static class PriceInput
{
    /// <summary>The highest price one product may have: ₹10,00,000 (ten lakh).</summary>
    public static readonly Money MaxPrice = Money.FromPaise(10_00_000_00);

    private static readonly string[] CurrencyMarks = ["₹", "rs.", "rs", "inr"];

    public static bool TryParse(string? input, out Money price, out string error)
    {
        price = Money.Zero;
        var text = Text.TypedText.AsciiDigits(input).Trim();
        if (text.Length == 0)
        {
            error = PriceMessages.Blank;
            return false;
        }

        var negative = StartsWithMinus(text);
        text = StripCurrency(negative ? text[1..].TrimStart() : text);
        negative |= StartsWithMinus(text);
        if (negative)
        {
            error = PriceMessages.Negative;
            return false;
        }

        if (!TryReadPaise(StripTrailingDash(text), out var paise, out error))
        {
            return false;
        }

        price = Money.FromPaise(paise);
        return true;
    }

    private static bool TryReadPaise(string text, out long paise, out string error)
    {
        paise = 0;
        if (text.Length == 0 || !text.All(c => char.IsAsciiDigit(c) || c is ',' or '.'))
        {
            error = PriceMessages.NotANumber;
            return false;
        }

        var parts = text.Split('.');
        if (parts.Length > 2)
        {
            error = PriceMessages.TwoPoints;
            return false;
        }

        var whole = parts[0];
        var fraction = parts.Length == 2 ? parts[1] : "";
        error = Check(whole, fraction) ?? "";
        if (error.Length > 0)
        {
            return false;
        }

        // Too many digits to be a sensible price: say so before the arithmetic could overflow.
        var digits = whole.Replace(",", "", StringComparison.Ordinal).TrimStart('0');
        if (digits.Length > 9)
        {
            error = PriceMessages.TooHigh(MaxPrice);
            return false;
        }

        paise = (ToNumber(digits) * 100) + ToNumber(fraction.PadRight(2, '0'));
        error = paise == 0 ? PriceMessages.Zero : paise > MaxPrice.Paise ? PriceMessages.TooHigh(MaxPrice) : "";
        return error.Length == 0;
    }

    private static string? Check(string whole, string fraction)
    {
        if (whole.Length == 0 && fraction.Length == 0)
        {
            return PriceMessages.NotANumber;
        }

        if (fraction.Contains(',', StringComparison.Ordinal) || !IndianOrInternationalGrouping(whole))
        {
            return PriceMessages.Commas;
        }

        return fraction.Length > 2 ? PriceMessages.TooManyDecimals : null;
    }

    private static bool IndianOrInternationalGrouping(string whole)
    {
        if (!whole.Contains(',', StringComparison.Ordinal))
        {
            return true;
        }

        var groups = whole.Split(',');
        var middle = groups[1..^1];
        var indian = groups[0].Length is 1 or 2 && middle.All(g => g.Length == 2);
        var international = groups[0].Length is >= 1 and <= 3 && middle.All(g => g.Length == 3);

        return groups[^1].Length == 3 && (indian || international);
    }

    private static long ToNumber(string digits) =>
        digits.Aggregate(0L, (total, digit) => (total * 10) + (digit - '0'));

    private static bool StartsWithMinus(string text) => text.Length > 0 && text[0] is '-' or '−';

    private static string StripCurrency(string text)
    {
        foreach (var mark in CurrencyMarks)
        {
            if (text.StartsWith(mark, StringComparison.OrdinalIgnoreCase))
            {
                return text[mark.Length..].TrimStart();
            }
        }

        return text;
    }

    private static string StripTrailingDash(string text) =>
        text.EndsWith("/-", StringComparison.Ordinal) ? text[..^2].TrimEnd() : text;
}
