using Dukaan.Domain.Catalog;
using Dukaan.Web.Sellers.Settings;

namespace Dukaan.Tests.Web.Sellers.Settings;

public sealed class ShopSettingsInputTests
{
    [Fact]
    public void TryRead_NoWayToPay_AsksForOne()
    {
        var input = new ShopSettingsInput { CashOnDelivery = false, Upi = false };

        Assert.False(input.TryRead(out _, out var errors));
        Assert.Contains("at least one way to be paid", errors[ShopSettingsFields.Payment], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "Enter your UPI ID")]
    [InlineData("   ", "Enter your UPI ID")]
    [InlineData("ramkirana", "looks like name@bank")]
    [InlineData("ram kirana@okhdfc", "looks like name@bank")]
    public void TryRead_UpiOnWithoutGoodId_SaysWhatIsWrong(string? upiId, string expected)
    {
        var input = new ShopSettingsInput { Upi = true, UpiId = upiId };

        Assert.False(input.TryRead(out _, out var errors));
        Assert.Contains(expected, errors[ShopSettingsFields.UpiId], StringComparison.Ordinal);
    }

    [Fact]
    public void TryRead_UpiOff_IgnoresTheIdField()
    {
        var input = new ShopSettingsInput { Upi = false, UpiId = "not an id" };

        Assert.True(input.TryRead(out var settings, out _));
        Assert.Null(settings.UpiId);
    }

    [Theory]
    [InlineData("", 0)]
    [InlineData("0", 0)]
    [InlineData("₹ 0.00", 0)]
    [InlineData("40", 4000)]
    [InlineData("1,250.50", 125050)]
    public void TryRead_DeliveryCharge_AllowsZero(string typed, long paise)
    {
        var input = new ShopSettingsInput { DeliveryCharge = typed };

        Assert.True(input.TryRead(out var settings, out _));
        Assert.Equal(Money.FromPaise(paise), settings.Delivery.Flat);
    }

    [Theory]
    [InlineData("-40", ShopSettingsFields.DeliveryCharge, "negative")]
    [InlineData("forty", ShopSettingsFields.DeliveryCharge, "numbers only")]
    public void TryRead_BadDeliveryCharge_SaysWhy(string typed, string field, string expected)
    {
        var input = new ShopSettingsInput { DeliveryCharge = typed };

        Assert.False(input.TryRead(out _, out var errors));
        Assert.Contains(expected, errors[field], StringComparison.Ordinal);
    }

    [Fact]
    public void TryRead_FreeFromZero_IsRefused()
    {
        var input = new ShopSettingsInput { DeliveryCharge = "40", FreeFrom = "0" };

        Assert.False(input.TryRead(out _, out var errors));
        Assert.Contains("above ₹0", errors[ShopSettingsFields.FreeFrom], StringComparison.Ordinal);
    }

    [Fact]
    public void TryRead_AllGood_ReturnsSettings()
    {
        var input = new ShopSettingsInput
        {
            CashOnDelivery = true, Upi = true, UpiId = " RamKirana@OKHDFC ", DeliveryCharge = "40", FreeFrom = "500",
            AutoAccept = true,
        };

        Assert.True(input.TryRead(out var settings, out var errors));
        Assert.Empty(errors);
        Assert.Equal("ramkirana@okhdfc", settings.UpiId?.Value);
        Assert.Equal("Delivery ₹40, free on orders of ₹500 or more", settings.Delivery.Describe());
        Assert.True(settings.AutoAccept);
        Assert.Equal(input with { UpiId = "ramkirana@okhdfc" }, ShopSettingsInput.From(settings));
    }

    [Theory]
    [InlineData("-5", "A delivery charge can't be negative. Enter 0 for free delivery.")]
    [InlineData("99999999999", "That delivery charge is too high. Enter the amount in rupees, for example 40.")]
    public void TryRead_DeliveryChargeOutOfRange_SpeaksOfDelivery(string typed, string expected)
    {
        var input = new ShopSettingsInput { DeliveryCharge = typed };

        Assert.False(input.TryRead(out _, out var errors));
        Assert.Equal(expected, errors[ShopSettingsFields.DeliveryCharge]);
    }
}
