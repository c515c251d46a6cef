using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Dukaan.Domain.Identity;
using Dukaan.Web.Identity;

namespace Dukaan.Tests.Support;

/// <summary>Keeps every SMS in memory so a test can read the code it carried.</summary>
public sealed partial class RecordingSmsSender : ISmsSender
{
    private readonly ConcurrentQueue<(PhoneNumber To, string Text)> _sent = new();

    public IReadOnlyList<(PhoneNumber To, string Text)> Sent => [.. _sent];

    public Task SendAsync(PhoneNumber to, string text, CancellationToken cancellationToken)
    {
        _sent.Enqueue((to, text));
        return Task.CompletedTask;
    }

    public string LastCodeFor(PhoneNumber phone) => CodeIn(Sent.Last(m => m.To == phone).Text);

    public static string CodeIn(string text) => SixDigits().Match(text).Value;

    [GeneratedRegex("[0-9]{6}")]
    private static partial Regex SixDigits();
}
