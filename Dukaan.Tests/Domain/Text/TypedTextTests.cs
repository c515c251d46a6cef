using Dukaan.Domain.Catalog;
using Dukaan.Domain.Identity;
using Dukaan.Domain.Ordering;
using Dukaan.Domain.Shops;
using Dukaan.Domain.Text;

namespace Dukaan.Tests.Domain.Text;

public sealed class TypedTextTests
{
    [Theory]
    [InlineData("  Ram   Kirana  ", "Ram Kirana")]
    [InlineData("Ram\u200BKirana", "RamKirana")]
    [InlineData("\u202ERam Kirana", "Ram Kirana")]
    [InlineData("Ram\u0007Bell", "RamBell")]
    [InlineData("Ram\nKirana", "Ram Kirana")]
    [InlineData("क्\u200Dष", "क्\u200Dष")]
    public void CleanLine_DropsInvisibleCharactersButKeepsJoiners(string input, string expected)
    {
        Assert.Equal(expected, TypedText.CleanLine(input));
    }

    [Fact]
    public void CleanLines_KeepsLineBreaksAndDropsBlankLines()
    {
        Assert.Equal("12 MG Road\nIndiranagar", TypedText.CleanLines("  12  MG Road \r\n\r\n Indiranagar "));
    }

    [Theory]
    [InlineData("\u200B\u200B", false)]
    [InlineData("\u200D", false)]
    [InlineData("   ", false)]
    [InlineData("🛒", true)]
    [InlineData("राम", true)]
    public void HasVisible_OnlyForSomethingToSee(string input, bool expected)
    {
        Assert.Equal(expected, TypedText.HasVisible(input));
    }

    [Fact]
    public void Length_CountsAnEmojiOnce()
    {
        Assert.Equal(3, TypedText.Length("🛒🛒🛒"));
    }

    [Theory]
    [InlineData("९८७६५४३२१०", "9876543210")]
    [InlineData("١٢٣", "123")]
    [InlineData("１２３", "123")]
    [InlineData("₹ ४९.५०", "₹ 49.50")]
    public void AsciiDigits_TurnsEveryScriptsDigitsIntoAscii(string input, string expected)
    {
        Assert.Equal(expected, TypedText.AsciiDigits(input));
    }

    [Fact]
    public void TypedInDevanagariDigits_PhonePriceAndCodeAreRead()
    {
        Assert.True(PhoneNumber.TryParse("९८७६५ ४३२१०", out var phone, out _));
        Assert.True(PriceInput.TryParse("₹ ४९.५०", out var price, out _));

        Assert.Equal("+919876543210", phone.Value);
        Assert.Equal(Money.FromPaise(4950), price);
        Assert.Equal("123456", OtpCode.Normalise("१२३ ४५६"));
    }

    [Theory]
    [InlineData("\u200B\u200B")]
    [InlineData("\u202E")]
    public void ShopName_OnlyInvisibleCharacters_IsRefused(string input)
    {
        Assert.False(ShopName.TryNormalise(input, out _, out var error));
        Assert.Equal("Enter a name for your shop.", error);
    }

    [Fact]
    public void ShopName_FortyEmoji_FitsTheLimit()
    {
        Assert.True(ShopName.TryNormalise(string.Concat(Enumerable.Repeat("🛒", 40)), out _, out _));
    }

    [Fact]
    public void CustomerDetails_InvisibleName_IsRefused()
    {
        var ok = CustomerDetails.TryCreate("\u200B", "9876543210", "12 MG Road", "560001", null, out _, out var errors);

        Assert.False(ok);
        Assert.Equal("Enter your name.", errors[CheckoutFields.Name]);
    }
}
