namespace Dukaan.Tests.Bench;

/// <summary>One line of the benchmark table.</summary>
internal sealed record BenchRow(string Shop, string Mode, int SqlCommands, int HtmlBytes, WrkResult? Load);
