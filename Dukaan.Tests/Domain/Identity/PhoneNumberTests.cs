using Dukaan.Domain.Identity;

namespace Dukaan.Tests.Domain.Identity;

public sealed class PhoneNumberTests
{
    [Theory]
    [InlineData("+91 90000 00000")]
    [InlineData("+91-90000-00000")]
    [InlineData("09000000000")]
    [InlineData("9000000000")]
    [InlineData("0091 9000000000")]
    [InlineData(" 9000000000 ")]
    [InlineData("+919000000000")]
    [InlineData("919000000000")]
    [InlineData("(+91) 90000.00000")]
    public void TryParse_CommonIndianForms_NormaliseToE164(string input)
    {
        var ok = PhoneNumber.TryParse(input, out var phone, out var error);

        Assert.True(ok, error);
        Assert.Equal("+919000000000", phone.Value);
        Assert.Equal("", error);
    }

    [Theory]
    [InlineData("900000000", "10 digits")]
    [InlineData("90000000000", "10 digits")]
    [InlineData("+91 90000 000001", "10 digits")]
    [InlineData("5000000000", "starts with 6, 7, 8 or 9")]
    [InlineData("09000000O00", "only digits")]
    [InlineData("98765abcde", "only digits")]
    [InlineData("+44 7700 900123", "Indian")]
    [InlineData("", "Enter your")]
    [InlineData("   ", "Enter your")]
    [InlineData(null, "Enter your")]
    public void TryParse_BadInput_RefusesWithPlainMessage(string? input, string expectedWords)
    {
        var ok = PhoneNumber.TryParse(input, out var phone, out var error);

        Assert.False(ok);
        Assert.Equal(default, phone);
        Assert.Contains(expectedWords, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Masked_ValidNumber_ShowsOnlyLastFourDigits()
    {
        PhoneNumber.TryParse("98765 43210", out var phone, out _);

        Assert.Equal("+91******3210", phone.Masked);
        Assert.DoesNotContain("98765", phone.Masked, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_DifferentSpellings_AreTheSameNumber()
    {
        PhoneNumber.TryParse("+91 98765 43210", out var a, out _);
        PhoneNumber.TryParse("098765-43210", out var b, out _);

        Assert.Equal(a, b);
    }
}
