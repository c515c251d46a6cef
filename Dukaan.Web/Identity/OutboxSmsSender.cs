using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Dukaan.Domain.Identity;
using Dukaan.Web.Hosting;
using Microsoft.Extensions.Options;

namespace Dukaan.Web.Identity;

/// <summary>
/// The development SMS sender: one JSON line per message, <c>{"to":"+91...","text":"...","at":"..."}</c>, appended
/// to <c>{DataPath}/sms/outbox.jsonl</c>.
/// </summary>
internal sealed class OutboxSmsSender : ISmsSender, IDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    // One writer at a time inside this process; each line goes out in a single append write.
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly TimeProvider _time;
    private readonly ILogger<OutboxSmsSender> _logger;

    public OutboxSmsSender(
        IOptions<DukaanOptions> options,
        IHostEnvironment environment,
        TimeProvider time,
        ILogger<OutboxSmsSender> logger)
    {
        _time = time;
        _logger = logger;
        var dataPath = Path.Combine(environment.ContentRootPath, options.Value.DataPath);
        OutboxPath = Path.Combine(dataPath, "sms", "outbox.jsonl");
    }

    public string OutboxPath { get; }

    public async Task SendAsync(PhoneNumber to, string text, CancellationToken cancellationToken)
    {
        var message = new OutboxMessage(to.Value, text, _time.GetUtcNow());
        var line = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(message, Json) + "\n");
        Directory.CreateDirectory(Path.GetDirectoryName(OutboxPath)!);

        await _gate.WaitAsync(cancellationToken);
        try
        {
            await using var file = new FileStream(
                OutboxPath, FileMode.Append, FileAccess.Write, FileShare.ReadWrite, bufferSize: 1, useAsync: true);
            await file.WriteAsync(line, cancellationToken);
        }
        finally
        {
            _gate.Release();
        }

        IdentityLog.SmsWrittenToOutbox(_logger, to.Masked);
    }

    public void Dispose() => _gate.Dispose();

    private sealed record OutboxMessage(string To, string Text, DateTimeOffset At);
}
