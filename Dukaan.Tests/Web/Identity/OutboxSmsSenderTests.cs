using System.Text.Json;
using Dukaan.Domain.Identity;
using Dukaan.Tests.Support;
using Dukaan.Web.Hosting;
using Dukaan.Web.Identity;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Dukaan.Tests.Web.Identity;

public sealed class OutboxSmsSenderTests : IDisposable
{
    private readonly string _root =
        Path.Combine(Path.GetTempPath(), "dukaan-outbox-" + Guid.NewGuid().ToString("N")[..8]);
    private readonly TestClock _clock = new();

    [Fact]
    public async Task SendAsync_OneMessage_AppendsOneJsonLineWithToTextAndAt()
    {
        using var sender = NewSender("data");
        var phone = TestPhones.Next();

        await sender.SendAsync(phone, "Your Dukaan code is 123456. It expires in 10 minutes.", default);

        var line = Assert.Single(await File.ReadAllLinesAsync(Path.Combine(_root, "data", "sms", "outbox.jsonl")));
        Assert.StartsWith("{\"to\":\"+91", line, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(line);
        var names = json.RootElement.EnumerateObject().Select(p => p.Name).ToArray();
        Assert.Equal(["to", "text", "at"], names);
        Assert.Equal(phone.Value, json.RootElement.GetProperty("to").GetString());
        Assert.Contains("123456", json.RootElement.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal(_clock.GetUtcNow(), json.RootElement.GetProperty("at").GetDateTimeOffset());
    }

    [Fact]
    public async Task SendAsync_ManyAtOnce_KeepsEveryLineWhole()
    {
        using var sender = NewSender("data");
        var phones = Enumerable.Range(0, 40).Select(_ => TestPhones.Next()).ToList();

        await Task.WhenAll(phones.Select(p =>
            Task.Run(() => sender.SendAsync(p, "Your Dukaan code is 654321.", default))));

        var lines = await File.ReadAllLinesAsync(sender.OutboxPath);
        Assert.Equal(40, lines.Length);
        var recipients = lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("to").GetString()).ToHashSet();
        Assert.True(recipients.SetEquals(phones.Select(p => p.Value)));
    }

    [Fact]
    public async Task SendAsync_WithOtpService_PutsTheCodeInTheText()
    {
        using var sender = NewSender("data");
        var database = new TestDatabase();
        await database.InitializeAsync();
        try
        {
            var service = new OtpService(database.Writes, sender, _clock, NullLogger<OtpService>.Instance);
            var phone = TestPhones.Next();

            await service.SendCodeAsync(phone.Value, default);

            var text = JsonDocument.Parse(File.ReadAllLines(sender.OutboxPath).Single())
                .RootElement.GetProperty("text").GetString()!;
            Assert.Matches("^Your Dukaan code is [0-9]{6}\\. It expires in 10 minutes\\.", text);
            var verified = await service.VerifyCodeAsync(phone.Value, RecordingSmsSender.CodeIn(text), default);
            Assert.True(verified.Verified);
        }
        finally
        {
            await database.DisposeAsync();
        }
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private OutboxSmsSender NewSender(string dataPath) => new(
        Options.Create(new DukaanOptions { DataPath = dataPath }),
        new HostingEnvironment { ContentRootPath = _root },
        _clock,
        NullLogger<OutboxSmsSender>.Instance);
}
