using Dukaan.Domain.Catalog;
using Dukaan.Domain.Ordering;

namespace Dukaan.Tests.Domain.Ordering;

public sealed class UpiTests
{
    [Theory]
    [InlineData("ramkirana@okhdfc", "ramkirana@okhdfc")]
    [InlineData(" Ram.Kirana-1@YBL ", "ram.kirana-1@ybl")]
    [InlineData("9000000000@paytm", "9000000000@paytm")]
    public void TryParse_ValidIds_AreAcceptedAndLowerCased(string input, string expected)
    {
        Assert.True(UpiId.TryParse(input, out var upi, out _));
        Assert.Equal(expected, upi.Value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("ramkirana")]
    [InlineData("ram kirana@okhdfc")]
    [InlineData("@okhdfc")]
    [InlineData("ram@")]
    [InlineData("ram@ok@hdfc")]
    [InlineData("<script>@x")]
    public void TryParse_Malformed_IsRefusedWithAMessage(string input)
    {
        Assert.False(UpiId.TryParse(input, out _, out var error));
        Assert.Contains("UPI ID", error, StringComparison.Ordinal);
    }

    [Fact]
    public void PayLink_CarriesPayeeNameAmountCurrencyAndOrder()
    {
        UpiId.TryParse("ramkirana@okhdfc", out var upi, out _);

        var link = UpiPayLink.For(upi, "Ram Kirana & Sons", Money.FromRupees(1299.5m), "#1001");

        Assert.Equal(
            "upi://pay?pa=ramkirana%40okhdfc&pn=Ram%20Kirana%20%26%20Sons&am=1299.50&cu=INR&tn=Order%20%231001",
            link);
    }

    [Theory]
    [InlineData("110001", true)]
    [InlineData("560 034", true)]
    [InlineData("012345", false)]
    [InlineData("11000", false)]
    [InlineData("11000a", false)]
    [InlineData("५६०००१", true)]
    [InlineData("560-001", true)]
    public void Pincode_SixDigitsNotStartingWithZero(string input, bool valid)
    {
        Assert.Equal(valid, Pincode.TryNormalise(input, out _, out _));
    }
}
