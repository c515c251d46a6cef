using System.Text.Json;
using System.Text.RegularExpressions;

namespace Dukaan.Tests.Support;

/// <summary>Reads the development SMS outbox (one JSON line per message) the way a seller reads their SMS.</summary>
public static partial class SmsOutbox
{
    /// <summary>The newest code sent to <paramref name="e164"/>, waiting briefly for it to arrive.</summary>
    public static async Task<string> LatestCodeAsync(string outboxPath, string e164)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            if (File.Exists(outboxPath))
            {
                var code = File.ReadAllLines(outboxPath)
                    .Select(line => JsonDocument.Parse(line).RootElement)
                    .Where(message => message.GetProperty("to").GetString() == e164)
                    .Select(message => SixDigits().Match(message.GetProperty("text").GetString() ?? ""))
                    .LastOrDefault(match => match.Success);
                if (code is not null)
                {
                    return code.Value;
                }
            }

            await Task.Delay(100);
        }

        throw new InvalidOperationException($"No code was sent to {e164}.");
    }

    [GeneratedRegex(@"\b\d{6}\b")]
    private static partial Regex SixDigits();
}
