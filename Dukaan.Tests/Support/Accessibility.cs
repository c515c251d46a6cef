using Deque.AxeCore.Commons;

namespace Dukaan.Tests.Support;

/// <summary>Reads axe-core results: serious and critical violations fail a page.</summary>
public static class Accessibility
{
    public static IReadOnlyList<string> Serious(AxeResult result) =>
        result.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target))}")
            .ToList();
}
