using Dukaan.Domain.Catalog;

namespace Dukaan.Tests.Domain.Catalog;

public sealed class PriceInputTests
{
    [Theory]
    [InlineData("49.50", 4950)]
    [InlineData("1299.5", 129950)]
    [InlineData("1,299.50", 129950)]
    [InlineData("₹ 1,299", 129900)]
    [InlineData("₹1,299", 129900)]
    [InlineData("Rs 1299", 129900)]
    [InlineData("Rs. 1,299", 129900)]
    [InlineData("rs.1299", 129900)]
    [InlineData("INR 250", 25000)]
    [InlineData("1,00,000", 10000000)]
    [InlineData("100,000", 10000000)]
    [InlineData("10,00,000", 100000000)]
    [InlineData("  49.50  ", 4950)]
    [InlineData("28", 2800)]
    [InlineData("0.50", 50)]
    [InlineData("1,299/-", 129900)]
    [InlineData("1,23,456.8", 12345680)]
    public void TryParse_WhatIndiansType_ReadsExactPaise(string input, long paise)
    {
        var ok = PriceInput.TryParse(input, out var price, out var error);

        Assert.True(ok, error);
        Assert.Equal(paise, price.Paise);
        Assert.Equal("", error);
    }

    [Theory]
    [InlineData(null, PriceMessages.Blank)]
    [InlineData("", PriceMessages.Blank)]
    [InlineData("   ", PriceMessages.Blank)]
    [InlineData("0", PriceMessages.Zero)]
    [InlineData("0.00", PriceMessages.Zero)]
    [InlineData("₹ 0", PriceMessages.Zero)]
    [InlineData("-5", PriceMessages.Negative)]
    [InlineData("₹-5", PriceMessages.Negative)]
    [InlineData("-₹ 1,299", PriceMessages.Negative)]
    [InlineData("−20", PriceMessages.Negative)]
    [InlineData("49.505", PriceMessages.TooManyDecimals)]
    [InlineData("1.999", PriceMessages.TooManyDecimals)]
    [InlineData("abc", PriceMessages.NotANumber)]
    [InlineData("fifty", PriceMessages.NotANumber)]
    [InlineData("12abc", PriceMessages.NotANumber)]
    [InlineData("1 299", PriceMessages.NotANumber)]
    [InlineData("1e5", PriceMessages.NotANumber)]
    [InlineData("₹", PriceMessages.NotANumber)]
    [InlineData(".", PriceMessages.NotANumber)]
    [InlineData("1.2.3", PriceMessages.TwoPoints)]
    [InlineData("1,50", PriceMessages.Commas)]
    [InlineData("12,5", PriceMessages.Commas)]
    [InlineData("1,0000", PriceMessages.Commas)]
    [InlineData("1,2,3", PriceMessages.Commas)]
    [InlineData(",299", PriceMessages.Commas)]
    [InlineData("1,299,", PriceMessages.Commas)]
    [InlineData("1,00,0000", PriceMessages.Commas)]
    [InlineData("10,00,000,000", PriceMessages.Commas)]
    [InlineData("49.5,0", PriceMessages.Commas)]
    public void TryParse_Unusable_RefusesWithMessage(string? input, string message)
    {
        var ok = PriceInput.TryParse(input, out var price, out var error);

        Assert.False(ok);
        Assert.Equal(message, error);
        Assert.Equal(Money.Zero, price);
    }

    [Theory]
    [InlineData("10,00,000.01")]
    [InlineData("20,00,000")]
    [InlineData("99999999999999999999999")]
    [InlineData("1,000,000,000")]
    public void TryParse_AbsurdAmount_RefusesNamingTheLimit(string input)
    {
        var ok = PriceInput.TryParse(input, out _, out var error);

        Assert.False(ok);
        Assert.Equal(PriceMessages.TooHigh(PriceInput.MaxPrice), error);
        Assert.Contains("₹10,00,000", error, StringComparison.Ordinal);
    }
}
