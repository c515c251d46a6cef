using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Dukaan.Tests.Bench;

/// <summary>Runs <c>wrk -t1 -c50 -d5s --latency</c> against one URL and reads its summary.</summary>
internal static partial class Wrk
{
    public const string Arguments = "-t1 -c50 -d5s --latency";

    public static bool Available { get; } = File.Exists("/usr/bin/wrk") || File.Exists("/usr/local/bin/wrk");

    public static async Task<WrkResult> RunAsync(string url)
    {
        var start = new ProcessStartInfo("wrk", $"{Arguments} {url}") { RedirectStandardOutput = true };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("wrk did not start.");
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();

        var rps = RequestsPerSecond().Match(output);
        var p50 = Percentile50().Match(output);
        var p99 = Percentile99().Match(output);
        var errors = NonSuccess().Match(output);
        if (!rps.Success || !p50.Success || !p99.Success)
        {
            throw new InvalidOperationException("Unexpected wrk output:\n" + output);
        }

        return new WrkResult(
            double.Parse(rps.Groups[1].Value, CultureInfo.InvariantCulture),
            p50.Groups[1].Value,
            p99.Groups[1].Value,
            errors.Success ? int.Parse(errors.Groups[1].Value, CultureInfo.InvariantCulture) : 0);
    }

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex RequestsPerSecond();

    [GeneratedRegex(@"^\s+50%\s+(\S+)", RegexOptions.Multiline)]
    private static partial Regex Percentile50();

    [GeneratedRegex(@"^\s+99%\s+(\S+)", RegexOptions.Multiline)]
    private static partial Regex Percentile99();

    [GeneratedRegex(@"Non-2xx or 3xx responses:\s+(\d+)")]
    private static partial Regex NonSuccess();
}
