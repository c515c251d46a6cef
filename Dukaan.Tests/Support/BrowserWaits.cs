using Microsoft.Playwright;

namespace Dukaan.Tests.Support;

/// <summary>
/// Waits that end when the browser has moved to the new address; the next step's own auto-wait covers the rest.
/// Waiting for the full load event made journeys flaky on busy two-core machines without testing anything more.
/// </summary>
public static class BrowserWaits
{
    public static PageWaitForURLOptions Committed => new() { WaitUntil = WaitUntilState.Commit };
}
