using Dukaan.Domain.Identity;

namespace Dukaan.Tests.Domain.Identity;

public sealed class OtpCodeTests
{
    [Fact]
    public void NewCode_Always_IsSixDigits()
    {
        var codes = Enumerable.Range(0, 200).Select(_ => OtpCode.NewCode()).ToList();

        Assert.All(codes, code => Assert.Matches("^[0-9]{6}$", code));
        Assert.True(codes.Distinct().Count() > 150, "codes should not repeat much");
    }

    [Fact]
    public void Hash_SameCodeTwice_DiffersAndNeverContainsTheCode()
    {
        var first = OtpCode.Hash("123456");
        var second = OtpCode.Hash("123456");

        Assert.NotEqual(first, second);
        Assert.DoesNotContain("123456", first, StringComparison.Ordinal);
        Assert.True(first.Length <= 128);
    }

    [Fact]
    public void Matches_RightAndWrongCode_OnlyRightOneMatches()
    {
        var hash = OtpCode.Hash("042917");

        Assert.True(OtpCode.Matches("042917", hash));
        Assert.False(OtpCode.Matches("042918", hash));
        Assert.False(OtpCode.Matches("42917", hash));
    }

    [Theory]
    [InlineData("123456", "123456")]
    [InlineData(" 123 456 ", "123456")]
    [InlineData("123-456", "123456")]
    [InlineData("12345", null)]
    [InlineData("1234567", null)]
    [InlineData("12345a", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void Normalise_TypedCode_KeepsOnlySixDigitCodes(string? input, string? expected)
    {
        Assert.Equal(expected, OtpCode.Normalise(input));
    }
}
