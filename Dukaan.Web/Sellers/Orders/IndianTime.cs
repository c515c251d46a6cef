using System.Globalization;

namespace Dukaan.Web.Sellers.Orders;

/// <summary>Times as a shopkeeper reads them: India Standard Time (UTC+5:30, no daylight saving).</summary>
public static class IndianTime
{
    private static readonly TimeSpan Offset = new(5, 30, 0);

    public static DateTimeOffset ToIst(DateTimeOffset utc) => utc.ToOffset(Offset);

    /// <summary>For example "3 Dec, 4:05 pm".</summary>
    public static string Short(DateTimeOffset at) =>
        ToIst(at).ToString("d MMM, h:mm tt", CultureInfo.InvariantCulture)
            .Replace("AM", "am", StringComparison.Ordinal)
            .Replace("PM", "pm", StringComparison.Ordinal);

    /// <summary>Machine-readable, for <c>&lt;time datetime&gt;</c>.</summary>
    public static string Iso(DateTimeOffset at) =>
        ToIst(at).ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture);
}
