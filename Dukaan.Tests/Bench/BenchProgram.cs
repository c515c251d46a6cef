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

        // TODO(#2): storefront figures (wrk, round trips, cache hits, bytes).
        await Console.Out.WriteLineAsync("no benchmarks yet");
        return 0;
    }
}
