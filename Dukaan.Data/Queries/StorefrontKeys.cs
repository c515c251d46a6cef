namespace Dukaan.Data.Queries;

/// <summary>Keys that come before every product in each storefront order: the start of a key-set walk.</summary>
public static class StorefrontKeys
{
    /// <summary>Prices are positive (a check constraint), so every product comes after <c>(0, empty)</c>.</summary>
    public const long LowestPaise = 0;

    public const long HighestPaise = long.MaxValue;

    /// <summary>Later than any creation time, and an ordinary timestamp (not PostgreSQL's infinity).</summary>
    public static readonly DateTimeOffset Latest = new(9999, 12, 31, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The largest uuid: every id sorts before it.</summary>
    public static readonly Guid HighestId = Guid.Parse("ffffffff-ffff-ffff-ffff-ffffffffffff");
}
