using Dukaan.Domain.Identity;

namespace Dukaan.Tests.Domain.Identity;

public sealed class OtpPolicyTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 3, 10, 0, 0, TimeSpan.Zero);

    private static readonly PhoneNumber Phone = Parse("9000000000");

    [Fact]
    public void Constants_MatchTheProductRules()
    {
        Assert.Equal(6, OtpPolicy.CodeLength);
        Assert.Equal(TimeSpan.FromMinutes(10), OtpPolicy.CodeLifetime);
        Assert.Equal(TimeSpan.FromSeconds(30), OtpPolicy.ResendCooldown);
        Assert.Equal(5, OtpPolicy.MaxSendsPerWindow);
        Assert.Equal(10, OtpPolicy.MaxFailuresPerWindow);
        Assert.Equal(TimeSpan.FromHours(1), OtpPolicy.Window);
    }

    [Fact]
    public void CooldownUntil_WithinThirtySeconds_BlocksUntilThirtySecondsAfterLastSend()
    {
        var recent = new[] { new OtpChallenge(Phone, "h", Start) };

        Assert.Equal(Start.AddSeconds(30), OtpPolicy.CooldownUntil(recent, Start.AddSeconds(10)));
        Assert.Null(OtpPolicy.CooldownUntil(recent, Start.AddSeconds(30)));
        Assert.Null(OtpPolicy.CooldownUntil([], Start));
    }

    [Fact]
    public void SendLimitUntil_FiveSendsInTheHour_BlocksUntilTheOldestLeavesTheWindow()
    {
        var recent = Enumerable.Range(0, 5).Select(i => new OtpChallenge(Phone, "h", Start.AddMinutes(i))).ToList();

        Assert.Null(OtpPolicy.SendLimitUntil(recent.Take(4), Start.AddMinutes(5)));
        Assert.Equal(Start.AddHours(1), OtpPolicy.SendLimitUntil(recent, Start.AddMinutes(5)));
        Assert.Null(OtpPolicy.SendLimitUntil(recent, Start.AddHours(1).AddSeconds(1)));
    }

    [Fact]
    public void FailuresInWindow_AcrossResends_AddsUp()
    {
        var first = new OtpChallenge(Phone, "h", Start);
        var second = new OtpChallenge(Phone, "h", Start.AddMinutes(1));
        for (var i = 0; i < 4; i++)
        {
            first.RecordFailure();
            second.RecordFailure();
        }

        Assert.Equal(8, OtpPolicy.FailuresInWindow([first, second], Start.AddMinutes(2)));
        Assert.Equal(0, OtpPolicy.FailuresInWindow([first, second], Start.AddHours(2)));
    }

    [Fact]
    public void LockedUntil_AfterLockOut_LastsOneHour()
    {
        var challenge = new OtpChallenge(Phone, "h", Start);

        challenge.LockOut(Start.AddMinutes(5));

        Assert.Equal(Start.AddMinutes(65), OtpPolicy.LockedUntil([challenge], Start.AddMinutes(30)));
        Assert.Null(OtpPolicy.LockedUntil([challenge], Start.AddMinutes(65)));
        Assert.False(challenge.IsOpen(Start.AddMinutes(6)));
    }

    [Fact]
    public void IsOpen_AfterTenMinutes_IsFalse()
    {
        var challenge = new OtpChallenge(Phone, "h", Start);

        Assert.True(challenge.IsOpen(Start.AddMinutes(9)));
        Assert.False(challenge.IsOpen(Start.AddMinutes(10)));
    }

    private static PhoneNumber Parse(string input)
    {
        Assert.True(PhoneNumber.TryParse(input, out var phone, out _));
        return phone;
    }
}
