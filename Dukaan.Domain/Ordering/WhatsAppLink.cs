namespace Dukaan.Domain.Ordering;

/// <summary>
/// A <c>https://wa.me/</c> link that opens a chat with a number and a message typed in, ready to send.
/// </summary>
public static class WhatsAppLink
{
    /// <param name="e164">The recipient, for example <c>+919876543210</c>.</param>
    /// <param name="text">The message; it is URL-encoded here.</param>
    public static string To(string e164, string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(e164);

        var digits = new string(e164.Where(char.IsAsciiDigit).ToArray());
        return "https://wa.me/" + digits + "?text=" + Uri.EscapeDataString(text);
    }
}
