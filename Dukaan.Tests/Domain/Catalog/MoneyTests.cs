using System.Globalization;
using Dukaan.Domain.Catalog;

namespace Dukaan.Tests.Domain.Catalog;

public sealed class MoneyTests
{
    [Theory]
    [InlineData(10000000, "₹1,00,000")]
    [InlineData(129950, "₹1,299.50")]
    [InlineData(4950, "₹49.50")]
    [InlineData(2800, "₹28")]
    [InlineData(5, "₹0.05")]
    [InlineData(99900, "₹999")]
    [InlineData(100000, "₹1,000")]
    [InlineData(123456789, "₹12,34,567.89")]
    [InlineData(100000000, "₹10,00,000")]
    [InlineData(10000000000000, "₹1,00,00,00,00,000")]
    [InlineData(-129950, "-₹1,299.50")]
    public void ToString_Amount_ShowsIndianGrouping(long paise, string expected)
    {
        Assert.Equal(expected, Money.FromPaise(paise).ToString());
    }

    [Fact]
    public void ToString_UnderAnotherCulture_StaysIndian()
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

            Assert.Equal("₹12,34,567.89", Money.FromPaise(123456789).ToString());
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void ParseThenFormat_TypedPrice_RoundTrips()
    {
        Assert.True(PriceInput.TryParse("Rs. 1,00,000", out var price, out _));

        Assert.Equal("₹1,00,000", price.ToString());
    }
}
