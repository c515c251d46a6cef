namespace Dukaan.Tests.Bench;

/// <summary>How the storefront serves a page during one measurement.</summary>
internal sealed record BenchMode(string Name, bool OutputCache, bool UseRedis);
