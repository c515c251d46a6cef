using System.Net;
using Dukaan.Tests.Support;
using Dukaan.Web.Storefront;

namespace Dukaan.Tests.Web;

public sealed class HttpEdgesTests(DukaanWebFactory app) : IClassFixture<DukaanWebFactory>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/seller/sign-in")]
    public async Task Head_OnPagesThatAnswerGet_IsOk(string path)
    {
        using var client = app.CreateClient();

        using var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, path));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Storefront_CapitalisedShopLink_RedirectsToLowerCase()
    {
        using var client = app.CreateClient(new() { AllowAutoRedirect = false });

        using var response = await client.GetAsync("/Ram-Kirana/p/0b2c?utm=wa");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/ram-kirana/p/0b2c?utm=wa", response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("/Ram-Kirana", "/ram-kirana")]
    [InlineData("/SELLER-A-STORE/p/x", "/seller-a-store/p/x")]
    [InlineData("/ram-kirana", null)]
    [InlineData("/_content/MudBlazor/x.css", null)]
    [InlineData("/Favicon.ico", null)]
    [InlineData("/", null)]
    public void LowerCasedTarget_OnlyForSlugShapedFirstSegments(string path, string? expected)
    {
        Assert.Equal(expected, SlugCaseRedirect.LowerCasedTarget(path));
    }
}
