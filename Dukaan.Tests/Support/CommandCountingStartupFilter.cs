using System.Globalization;
using Dukaan.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace Dukaan.Tests.Support;

/// <summary>
/// Test and benchmark hosts only: counts the SQL commands each request sends (first middleware, so cache hits
/// count too) and reports the number in the <see cref="Header"/> response header.
/// </summary>
public sealed class CommandCountingStartupFilter : IStartupFilter
{
    public const string Header = "X-Sql-Commands";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, nextMiddleware) =>
        {
            var counter = CommandCounter.Begin();
            context.Response.OnStarting(() =>
            {
                context.Response.Headers[Header] = counter.Commands.ToString(CultureInfo.InvariantCulture);
                return Task.CompletedTask;
            });
            await nextMiddleware(context);
        });
        next(app);
    };
}
