namespace Dukaan.Web.Checkout;

/// <summary>Checkout events worth a log line. Never the customer's name, phone or address.</summary>
internal static partial class CheckoutLog
{
    [LoggerMessage(3101, LogLevel.Debug, "Checkout in shop {Slug} refused: {Fields}")]
    public static partial void Refused(ILogger logger, string slug, string fields);

    [LoggerMessage(3102, LogLevel.Information, "Checkout in shop {Slug} posted without a valid form token")]
    public static partial void FormTokenInvalid(ILogger logger, string slug);
}
