namespace Dukaan.Tests.Bench;

/// <summary>What wrk measured: throughput, median and 99th percentile latency, and failed responses.</summary>
internal sealed record WrkResult(double RequestsPerSecond, string P50, string P99, int Errors);
