using Dukaan.Domain.Identity;
using Dukaan.Tests.Support;
using Dukaan.Web.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace Dukaan.Tests.Web.Identity;

public sealed class OtpServiceTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private static readonly TimeSpan AfterCooldown = OtpPolicy.ResendCooldown + TimeSpan.FromSeconds(1);

    private readonly TestClock _clock = new();
    private readonly RecordingSmsSender _sms = new();

    private OtpService Service => new(database.Writes, _sms, _clock, NullLogger<OtpService>.Instance);

    [Fact]
    public async Task SendCode_SixthInAnHour_IsRefusedUntilTheFirstLeavesTheWindow()
    {
        var phone = TestPhones.Next();
        for (var i = 0; i < OtpPolicy.MaxSendsPerWindow; i++)
        {
            Assert.Equal(OtpSendStatus.Sent, (await Service.SendCodeAsync(phone.Value, default)).Status);
            _clock.Advance(AfterCooldown);
        }

        var refused = await Service.SendCodeAsync(phone.Value, default);
        _clock.Advance(OtpPolicy.Window);
        var later = await Service.SendCodeAsync(phone.Value, default);

        Assert.Equal(OtpSendStatus.TooManySends, refused.Status);
        Assert.Contains("5 codes in the last hour", refused.Message, StringComparison.Ordinal);
        Assert.Equal(OtpSendStatus.Sent, later.Status);
        Assert.Equal(6, _sms.Sent.Count(m => m.To == phone));
    }

    [Fact]
    public async Task SendCode_WithinCooldown_IsRefusedWithSecondsLeft()
    {
        var phone = TestPhones.Next();
        await Service.SendCodeAsync(phone.Value, default);

        _clock.Advance(TimeSpan.FromSeconds(10));
        var early = await Service.SendCodeAsync(phone.Value, default);
        _clock.Advance(TimeSpan.FromSeconds(20));
        var onTime = await Service.SendCodeAsync(phone.Value, default);

        Assert.Equal(OtpSendStatus.Cooldown, early.Status);
        Assert.Equal(20, early.WaitSeconds);
        Assert.Contains("20 seconds", early.Message, StringComparison.Ordinal);
        Assert.Equal(OtpSendStatus.Sent, onTime.Status);
        Assert.Equal(2, _sms.Sent.Count(m => m.To == phone));
    }

    [Fact]
    public async Task SendCode_TenAtOnce_OnlyOneGetsThrough()
    {
        var phone = TestPhones.Next();

        var results = await Task.WhenAll(Enumerable.Range(0, 10)
            .Select(_ => Task.Run(() => Service.SendCodeAsync("0" + phone.Value[3..], default))));

        Assert.Single(results, r => r.Sent);
        Assert.All(results.Where(r => !r.Sent), r => Assert.Equal(OtpSendStatus.Cooldown, r.Status));
        Assert.Single(_sms.Sent, m => m.To == phone);
        await using var db = await database.Reads.CreateDbContextAsync();
        Assert.Equal(1, await db.OtpChallenges.CountAsync(c => c.Phone == phone.Value));
    }

    [Fact]
    public async Task VerifyCode_TenWrongAcrossResends_LocksOutForTheHour()
    {
        var phone = TestPhones.Next();
        var results = new List<OtpVerifyResult>();
        foreach (var wrongCount in new[] { 4, 4, 2 })
        {
            await Service.SendCodeAsync(phone.Value, default);
            for (var i = 0; i < wrongCount; i++)
            {
                results.Add(await Service.VerifyCodeAsync(phone.Value, WrongCode(phone), default));
            }

            _clock.Advance(AfterCooldown);
        }

        var rightCodeWhileLocked = await Service.VerifyCodeAsync(phone.Value, _sms.LastCodeFor(phone), default);
        var sendWhileLocked = await Service.SendCodeAsync(phone.Value, default);
        _clock.Advance(OtpPolicy.Window);
        var sendAfter = await Service.SendCodeAsync(phone.Value, default);
        var verifyAfter = await Service.VerifyCodeAsync(phone.Value, _sms.LastCodeFor(phone), default);

        Assert.All(results.Take(9), r => Assert.Equal(OtpVerifyStatus.WrongOrExpired, r.Status));
        Assert.Equal(OtpVerifyStatus.LockedOut, results[9].Status);
        Assert.Equal(OtpVerifyStatus.LockedOut, rightCodeWhileLocked.Status);
        Assert.Equal(OtpSendStatus.LockedOut, sendWhileLocked.Status);
        Assert.Contains("Too many wrong codes", sendWhileLocked.Message, StringComparison.Ordinal);
        Assert.Equal(OtpSendStatus.Sent, sendAfter.Status);
        Assert.True(verifyAfter.Verified);
    }

    [Fact]
    public async Task VerifyCode_WrongAndExpired_GetTheSameMessage()
    {
        var phone = TestPhones.Next();
        await Service.SendCodeAsync(phone.Value, default);
        var code = _sms.LastCodeFor(phone);

        var wrong = await Service.VerifyCodeAsync(phone.Value, WrongCode(phone), default);
        _clock.Advance(OtpPolicy.CodeLifetime);
        var expired = await Service.VerifyCodeAsync(phone.Value, code, default);

        Assert.Equal(OtpVerifyStatus.WrongOrExpired, wrong.Status);
        Assert.Equal(OtpVerifyStatus.WrongOrExpired, expired.Status);
        Assert.Equal(wrong.Message, expired.Message);
    }

    [Fact]
    public async Task VerifyCode_UsedTwice_WorksOnlyOnce()
    {
        var phone = TestPhones.Next();
        await Service.SendCodeAsync(phone.Value, default);
        var code = _sms.LastCodeFor(phone);

        var first = await Service.VerifyCodeAsync("+91 " + phone.Value[3..], code, default);
        var second = await Service.VerifyCodeAsync(phone.Value, code, default);

        Assert.True(first.Verified);
        Assert.Equal(phone, first.Phone);
        Assert.Equal(OtpVerifyStatus.WrongOrExpired, second.Status);
    }

    [Fact]
    public async Task SendCode_NewCode_KillsTheOldOne()
    {
        var phone = TestPhones.Next();
        await Service.SendCodeAsync(phone.Value, default);
        var oldCode = _sms.LastCodeFor(phone);
        _clock.Advance(AfterCooldown);
        await Service.SendCodeAsync(phone.Value, default);
        var newCode = _sms.LastCodeFor(phone);

        var withOld = await Service.VerifyCodeAsync(phone.Value, oldCode, default);
        var withNew = await Service.VerifyCodeAsync(phone.Value, newCode, default);

        Assert.NotEqual(oldCode, newCode);
        Assert.Equal(OtpVerifyStatus.WrongOrExpired, withOld.Status);
        Assert.True(withNew.Verified);
    }

    [Fact]
    public async Task SendCode_StoresOnlyAHash()
    {
        var phone = TestPhones.Next();

        await Service.SendCodeAsync(phone.Value, default);

        var code = _sms.LastCodeFor(phone);
        await using var db = await database.Reads.CreateDbContextAsync();
        var stored = await db.OtpChallenges.SingleAsync(c => c.Phone == phone.Value);
        Assert.DoesNotContain(code, stored.CodeHash, StringComparison.Ordinal);
        Assert.True(OtpCode.Matches(code, stored.CodeHash));
        Assert.Equal(_clock.GetUtcNow() + OtpPolicy.CodeLifetime, stored.ExpiresAt);
    }

    [Theory]
    [InlineData("12345")]
    [InlineData("5000000000")]
    [InlineData("call me")]
    public async Task SendCode_BadPhone_SendsNothing(string input)
    {
        var result = await Service.SendCodeAsync(input, default);

        Assert.Equal(OtpSendStatus.InvalidPhone, result.Status);
        Assert.False(string.IsNullOrWhiteSpace(result.Message));
        Assert.Empty(_sms.Sent);
    }

    [Fact]
    public async Task VerifyCode_NotSixDigits_AsksForTheCodeWithoutCountingAFailure()
    {
        var phone = TestPhones.Next();
        await Service.SendCodeAsync(phone.Value, default);

        var result = await Service.VerifyCodeAsync(phone.Value, "12ab", default);

        Assert.Equal(OtpVerifyStatus.MalformedCode, result.Status);
        await using var db = await database.Reads.CreateDbContextAsync();
        Assert.Equal(0, await db.OtpChallenges.Where(c => c.Phone == phone.Value).SumAsync(c => c.FailedAttempts));
    }

    private string WrongCode(PhoneNumber phone)
    {
        var right = _sms.Sent.Any(m => m.To == phone) ? _sms.LastCodeFor(phone) : "000000";
        return right == "111111" ? "222222" : "111111";
    }
}
