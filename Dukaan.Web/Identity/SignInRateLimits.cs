using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Dukaan.Web.Identity;

/// <summary>
/// Caps how many sign-in forms one network may post: the per-phone limits in the database stop one number being
/// flooded, this stops one client sending codes to many numbers (SMS cost) or locking other sellers out.
/// Counters live in each app instance; behind nginx they see the client's address through forwarded headers.
/// </summary>
public static class SignInRateLimits
{
    public const string Policy = "sign-in";

    /// <summary>
    /// Posts (send, resend, verify) per client address per 15 minutes, from <c>Dukaan:SignIn:PostsPerWindow</c>:
    /// a real sign-in needs two to four.
    /// </summary>
    public const int DefaultPostsPerWindow = 12;

    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    public static IServiceCollection AddSignInRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var postsPerWindow = configuration.GetValue("Dukaan:SignIn:PostsPerWindow", DefaultPostsPerWindow);
        return services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = RejectAsync;
            options.AddPolicy(Policy, context => HttpMethods.IsPost(context.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = postsPerWindow, Window = Window })
                : RateLimitPartition.GetNoLimiter("read"));
        });
    }

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var response = rejected.HttpContext.Response;
        if (rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
        {
            response.Headers.RetryAfter = ((int)retryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        }

        response.ContentType = "text/html; charset=utf-8";
        await response.WriteAsync(
            "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            + "<title>Please wait · Dukaan</title><link rel=\"stylesheet\" href=\"/assets/app.css\"></head>"
            + "<body><main class=\"site-main message-page\"><h1>Too many tries</h1>"
            + "<p>There have been too many sign-in attempts from this network. Please wait 15 minutes and try "
            + "again.</p><p><a href=\"/\">Back to Dukaan</a></p></main></body></html>",
            cancellationToken);
    }
}
