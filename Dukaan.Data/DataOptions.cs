namespace Dukaan.Data;

/// <summary>Database settings, bound from the <c>Dukaan:Data</c> section.</summary>
public sealed class DataOptions
{
    public const string SectionName = "Dukaan:Data";

    /// <summary>
    /// Connections per app instance and host. Instances x this must stay under PostgreSQL's max_connections
    /// (200 in the private cluster); the default leaves room for four instances and maintenance.
    /// </summary>
    public int MaxPoolSize { get; set; } = 40;

    /// <summary>Seconds to wait for a connection; short, so a dead host is noticed quickly.</summary>
    public int ConnectTimeoutSeconds { get; set; } = 3;
}
