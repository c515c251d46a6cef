namespace Dukaan.Tests.Browser;

/// <summary>
/// Browser journeys run on their own, after the parallel tests: timing in a real browser on a
/// busy two-core machine is what they test, and parallel bUnit renders starve them.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class QuietBrowserCollection
{
    public const string Name = "Quiet browser";
}
