using Microsoft.Playwright;

namespace Dukaan.Tests.Support;

/// <summary>How the tests start the Debian Chromium (no browser download exists here).</summary>
public static class Chromium
{
    /// <summary>Headless, without the background traffic a closed network refuses.</summary>
    public static BrowserTypeLaunchOptions LaunchOptions => new()
    {
        ExecutablePath = Environment.GetEnvironmentVariable("DUKAAN_CHROMIUM") ?? "/usr/bin/chromium",
        Headless = true,
        Args =
        [
            "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
        ],
    };
}
