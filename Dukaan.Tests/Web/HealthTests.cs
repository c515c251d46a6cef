using System.Net;
using Dukaan.Tests.Support;

namespace Dukaan.Tests.Web;

public sealed class HealthTests(DukaanWebFactory app) : IClassFixture<DukaanWebFactory>
{
    [Theory]
    [InlineData("/healthz")]
    [InlineData("/readyz")]
    public async Task Health_WithDatabaseUp_AnswersOk(string path)
    {
        using var client = app.CreateClient();

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
