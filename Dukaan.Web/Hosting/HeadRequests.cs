namespace Dukaan.Web.Hosting;

/// <summary>
/// Answers HEAD wherever GET is answered. Link checkers and preview bots ask HEAD first and would otherwise
/// call a working shop link dead. Kestrel still sends no body: it decides that from the request line it parsed.
/// </summary>
internal static class HeadRequests
{
    public static IApplicationBuilder UseHeadAsGet(this IApplicationBuilder app)
    {
        return app.Use(async (context, next) =>
        {
            if (HttpMethods.IsHead(context.Request.Method))
            {
                context.Request.Method = HttpMethods.Get;
            }

            await next(context);
        });
    }
}
