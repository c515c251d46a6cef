namespace Dukaan.Web.Hosting;

/// <summary>App-wide settings, bound from the <c>Dukaan</c> section.</summary>
public sealed class DukaanOptions
{
    public const string SectionName = "Dukaan";

    /// <summary>
    /// Folder for local files (the development SMS outbox). Relative paths start at the content root.
    /// </summary>
    public string DataPath { get; set; } = ".data";

    /// <summary>
    /// Apply EF Core migrations when the app starts (development and tests; production migrates in deploy).
    /// </summary>
    public bool MigrateOnStart { get; set; }

    /// <summary>Create the demo shop with a few products when the database has none.</summary>
    public bool SeedDemo { get; set; }

    /// <summary>
    /// Where customers reach the app, for shared links and Open Graph tags, for example <c>https://dukaan.example</c>.
    /// Empty: taken from each request.
    /// </summary>
    public string PublicBaseUrl { get; set; } = "";
}
