namespace Dukaan.Tests.Bench;

/// <summary><c>./dukaan bench</c> runs this project as a program; the test runner ignores it.</summary>
public static class BenchProgram
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Length == 0 || args[0] != "bench")
        {
            await Console.Error.WriteLineAsync("usage: Dukaan.Tests bench");
            return 2;
        }

        if (!Wrk.Available)
        {
            await Console.Error.WriteLineAsync("wrk is not installed: printing round trips and sizes only.");
        }

        var at = DateTimeOffset.UtcNow;
        var rows = await StorefrontBench.RunAsync();
        await Console.Out.WriteAsync(BenchTable.Format(at, rows));

        await Console.Out.WriteLineAsync();
        await OrderBench.RunAsync(Console.Out);
        return 0;
    }
}
