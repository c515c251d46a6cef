namespace Dukaan.Web.Storefront;

/// <summary>
/// Phone keyboards capitalise the first letter of a typed link: <c>/Ram-Kirana</c> answers with a permanent
/// redirect to <c>/ram-kirana</c> instead of "not found". Only the first path segment is touched.
/// </summary>
internal static class SlugCaseRedirect
{
    public static IApplicationBuilder UseSlugCaseRedirect(this IApplicationBuilder app)
    {
        return app.Use(async (context, next) =>
        {
            var target = HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)
                ? LowerCasedTarget(context.Request.Path.Value)
                : null;
            if (target is not null)
            {
                context.Response.StatusCode = StatusCodes.Status301MovedPermanently;
                context.Response.Headers.Location = target + context.Request.QueryString;
                return;
            }

            await next(context);
        });
    }

    /// <summary>The path with its first segment lower-cased, when that turns it into a slug; otherwise null.</summary>
    internal static string? LowerCasedTarget(string? path)
    {
        if (string.IsNullOrEmpty(path) || path.Length < 2)
        {
            return null;
        }

        var end = path.IndexOf('/', 1);
        var segment = end < 0 ? path[1..] : path[1..end];
        if (!segment.Any(char.IsAsciiLetterUpper))
        {
            return null;
        }

        var lower = segment.ToLowerInvariant();
        return ShopSlugRouteConstraint.IsSlug(lower) ? "/" + lower + (end < 0 ? "" : path[end..]) : null;
    }
}
