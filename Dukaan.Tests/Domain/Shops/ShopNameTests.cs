using Dukaan.Domain.Shops;

namespace Dukaan.Tests.Domain.Shops;

public sealed class ShopNameTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\n")]
    [InlineData(null)]
    public void TryNormalise_Blank_RefusesWithMessage(string? input)
    {
        Assert.False(ShopName.TryNormalise(input, out _, out var error));
        Assert.Equal("Enter a name for your shop.", error);
    }

    [Fact]
    public void TryNormalise_SpacesAndDecomposedAccents_TrimsFoldsAndComposes()
    {
        Assert.True(ShopName.TryNormalise("  Cafe\u0301   Kirana ", out var name, out _));

        Assert.Equal("Caf\u00e9 Kirana", name);
    }

    [Fact]
    public void TryNormalise_TooLong_Refuses()
    {
        Assert.False(ShopName.TryNormalise(new string('k', ShopName.MaxLength + 1), out _, out var error));
        Assert.Contains("80", error, StringComparison.Ordinal);
    }
}
