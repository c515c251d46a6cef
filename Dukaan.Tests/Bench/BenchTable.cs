using System.Globalization;
using System.Text;

namespace Dukaan.Tests.Bench;

/// <summary>Prints benchmark rows as a plain-text table that also reads well pasted into Markdown.</summary>
internal static class BenchTable
{
    public static string Format(DateTimeOffset at, IReadOnlyList<BenchRow> rows)
    {
        var text = new StringBuilder();
        var culture = CultureInfo.InvariantCulture;
        text.AppendLine(culture, $"Dukaan storefront benchmark, {at:yyyy-MM-dd HH:mm} UTC");
        text.AppendLine(culture, $"{Environment.ProcessorCount} cores; wrk {Wrk.Arguments}; page 1, sort newest");
        text.AppendLine();
        text.AppendLine("| Shop | Served by | SQL round trips | HTML bytes | Requests/s | p50 | p99 |");
        text.AppendLine("|---|---|---:|---:|---:|---:|---:|");
        foreach (var row in rows)
        {
            var load = row.Load;
            var rps = load is null ? "no wrk" : load.RequestsPerSecond.ToString("N0", culture);
            var errors = load is { Errors: > 0 } ? $" ({load.Errors} failed)" : "";
            text.AppendLine(culture,
                $"| {row.Shop} | {row.Mode} | {row.SqlCommands} | {row.HtmlBytes:N0} | {rps}{errors} " +
                $"| {load?.P50 ?? "-"} | {load?.P99 ?? "-"} |");
        }

        return text.ToString();
    }
}
