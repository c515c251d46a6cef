namespace Dukaan.Web.Checkout;

/// <summary>
/// 303 See Other: after a form post the browser follows with a GET, so reload and back never post the form again.
/// </summary>
internal sealed class SeeOtherResult(string location) : IResult
{
    public string Location { get; } = location;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.StatusCode = StatusCodes.Status303SeeOther;
        httpContext.Response.Headers.Location = Location;
        return Task.CompletedTask;
    }
}
