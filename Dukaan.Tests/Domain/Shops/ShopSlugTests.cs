using System.Text;
using Dukaan.Domain.Shops;

namespace Dukaan.Tests.Domain.Shops;

public sealed class ShopSlugTests
{
    [Theory]
    [InlineData("Ram Kirana!!", "ram-kirana")]
    [InlineData("  Ram   Kirana  ", "ram-kirana")]
    [InlineData("Shree Ganesh General Store", "shree-ganesh-general-store")]
    [InlineData("A1 Mobiles & Repairs", "a1-mobiles-repairs")]
    [InlineData("Café Mumbaí", "cafe-mumbai")]
    [InlineData("Ram Kirana 🛒", "ram-kirana")]
    public void FromName_LatinNames_GiveReadableSlug(string name, string expected)
    {
        Assert.Equal(expected, ShopSlug.FromName(name));
    }

    [Fact]
    public void FromName_Devanagari_GivesReadableLatinSlug()
    {
        var slug = ShopSlug.FromName("राम किराना");

        Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", slug);
        Assert.StartsWith("ram", slug, StringComparison.Ordinal);
        Assert.Contains("kirana", slug, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("🛒🛒")]
    [InlineData("🙏")]
    [InlineData("!!! ???")]
    [InlineData("★☆")]
    public void FromName_NothingReadable_GivesFallback(string name)
    {
        Assert.Equal(ShopSlug.Fallback, ShopSlug.FromName(name));
    }

    [Fact]
    public void FromName_ComposedAndDecomposedForms_GiveTheSameSlug()
    {
        var composed = "Caf\u00e9 Kirana";
        var decomposed = "Cafe\u0301 Kirana";

        Assert.NotEqual(composed, decomposed);
        Assert.Equal(ShopSlug.FromName(composed), ShopSlug.FromName(decomposed));
        Assert.Equal(composed.Normalize(NormalizationForm.FormC), decomposed.Normalize(NormalizationForm.FormC));
    }

    [Theory]
    [InlineData("seller")]
    [InlineData("Admin")]
    [InlineData("API")]
    [InlineData("o")]
    [InlineData("p")]
    [InlineData("healthz")]
    [InlineData("readyz")]
    [InlineData("_blazor")]
    [InlineData("_framework")]
    [InlineData("assets")]
    [InlineData("media")]
    [InlineData("not-found")]
    [InlineData("error")]
    public void FromName_RouteWord_NeverBecomesTheSlug(string name)
    {
        var slug = ShopSlug.FromName(name);

        Assert.False(ShopSlug.IsReserved(slug), slug);
        Assert.StartsWith(name.Trim('_').ToLowerInvariant(), slug, StringComparison.Ordinal);
    }

    [Fact]
    public void Reserved_ListsTheAppsOwnRoutes()
    {
        string[] routes = ["seller", "admin", "api", "o", "healthz", "readyz", "_blazor", "_framework", "_content",
            "assets", "media", "not-found", "error", "favicon.ico", "robots.txt"];

        Assert.All(routes, route => Assert.Contains(route, ShopSlug.Reserved));
    }

    [Fact]
    public void FromName_VeryLongName_StaysWithinMaxLengthWithoutTrailingHyphen()
    {
        var slug = ShopSlug.FromName(string.Join(' ', Enumerable.Repeat("Kirana", 30)));

        Assert.True(slug.Length <= ShopSlug.MaxLength);
        Assert.False(slug.EndsWith('-'));
    }

    [Fact]
    public void WithSuffix_Numbers_AppendAndKeepLength()
    {
        var longSlug = new string('a', ShopSlug.MaxLength);

        Assert.Equal("ram-kirana", ShopSlug.WithSuffix("ram-kirana", 1));
        Assert.Equal("ram-kirana-2", ShopSlug.WithSuffix("ram-kirana", 2));
        Assert.Equal(ShopSlug.MaxLength, ShopSlug.WithSuffix(longSlug, 12).Length);
        Assert.EndsWith("-12", ShopSlug.WithSuffix(longSlug, 12), StringComparison.Ordinal);
    }
}
