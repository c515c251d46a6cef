using System.Net;
using System.Text.RegularExpressions;
using Dukaan.Tests.Support;

namespace Dukaan.Tests.Web.Identity;

public sealed partial class SignInRateLimitTests(SignInRateLimitTests.StrictApp app)
    : IClassFixture<SignInRateLimitTests.StrictApp>
{
    [Fact]
    public async Task SendCode_ManyNumbersFromOneClient_IsStoppedAfterTheLimit()
    {
        using var client = app.CreateClient();
        var statuses = new List<HttpStatusCode>();

        for (var i = 0; i < 4; i++)
        {
            using var form = await client.GetAsync("/seller/sign-in");
            var token = Token().Match(await form.Content.ReadAsStringAsync()).Groups[1].Value;
            using var post = await client.PostAsync("/seller/sign-in", new FormUrlEncodedContent(
                new Dictionary<string, string>
                {
                    ["_handler"] = "send-code",
                    ["__RequestVerificationToken"] = token,
                    ["Phone"] = $"98220000{i:D2}",
                }));
            statuses.Add(post.StatusCode);
            if (post.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.Contains("Too many tries", await post.Content.ReadAsStringAsync(), StringComparison.Ordinal);
                Assert.True(post.Headers.RetryAfter is not null, "a refusal says when to come back");
            }
        }

        var sent = File.Exists(app.SmsOutboxPath) ? File.ReadAllLines(app.SmsOutboxPath).Length : 0;
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        Assert.Equal(3, sent);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    /// <summary>The app with the production-like limit lowered to three posts.</summary>
    public sealed class StrictApp : DukaanWebFactory
    {
        protected override int SignInPostsPerWindow => 3;
    }
}
