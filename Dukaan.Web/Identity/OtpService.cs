using Dukaan.Data;
using Dukaan.Domain.Identity;
using Microsoft.EntityFrameworkCore;

namespace Dukaan.Web.Identity;

/// <summary>
/// Sends and checks one-time sign-in codes. Every decision is taken inside a transaction that holds a
/// PostgreSQL advisory lock for the phone, so several app instances share the limits and two concurrent
/// requests cannot both slip under them.
/// </summary>
public sealed class OtpService(
    IDbContextFactory<WriteDb> writes,
    ISmsSender sms,
    TimeProvider time,
    ILogger<OtpService> logger)
{
    public const string WrongOrExpiredMessage = "That code is wrong or has expired. Check the SMS, or send a new code.";

    public async Task<OtpSendResult> SendCodeAsync(string? phoneInput, CancellationToken cancellationToken)
    {
        if (!PhoneNumber.TryParse(phoneInput, out var phone, out var error))
        {
            return new OtpSendResult(OtpSendStatus.InvalidPhone, error);
        }

        await using var db = await writes.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var (recent, now) = await LockAndLoadAsync(db, phone, cancellationToken);

        var refusal = Refusal(phone, recent, now);
        if (refusal is not null)
        {
            IdentityLog.SendRefused(logger, phone.Masked, refusal.Status);
            return refusal;
        }

        // A new code replaces every earlier one.
        foreach (var open in recent.Where(c => c.IsOpen(now)))
        {
            open.Close(now);
        }

        var code = OtpCode.NewCode();
        db.OtpChallenges.Add(new OtpChallenge(phone, OtpCode.Hash(code), now));
        await db.SaveChangesAsync(cancellationToken);

        // Sent before the commit: when the SMS fails, the code is not counted and nothing is half-saved.
        try
        {
            await sms.SendAsync(phone, SmsText(code), cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or HttpRequestException or TimeoutException)
        {
            IdentityLog.SendFailed(logger, phone.Masked, ex);
            return new OtpSendResult(
                OtpSendStatus.SmsFailed, "We could not send the SMS just now. Please try again in a minute.", phone);
        }

        await transaction.CommitAsync(cancellationToken);
        IdentityLog.CodeSent(logger, phone.Masked);
        var minutes = (int)OtpPolicy.CodeLifetime.TotalMinutes;
        return new OtpSendResult(
            OtpSendStatus.Sent,
            $"We sent a {OtpPolicy.CodeLength}-digit code to {phone.Display}. It works for {minutes} minutes.",
            phone,
            (int)OtpPolicy.ResendCooldown.TotalSeconds);
    }

    /// <summary>
    /// Why a new code could not be sent right now (with the wait), or null when it could. Reads only; sends nothing.
    /// </summary>
    public async Task<OtpSendResult?> CheckResendAsync(PhoneNumber phone, CancellationToken cancellationToken)
    {
        await using var db = await writes.CreateDbContextAsync(cancellationToken);
        var now = time.GetUtcNow();
        var since = OtpPolicy.LookBackFrom(now);
        var recent = await db.OtpChallenges.AsNoTracking()
            .Where(c => c.Phone == phone.Value && c.CreatedAt > since)
            .ToListAsync(cancellationToken);
        return Refusal(phone, recent, now);
    }

    public async Task<OtpVerifyResult> VerifyCodeAsync(
        string? phoneInput,
        string? codeInput,
        CancellationToken cancellationToken)
    {
        if (!PhoneNumber.TryParse(phoneInput, out var phone, out var error))
        {
            return new OtpVerifyResult(OtpVerifyStatus.InvalidPhone, error);
        }

        var code = OtpCode.Normalise(codeInput);
        if (code is null)
        {
            return new OtpVerifyResult(
                OtpVerifyStatus.MalformedCode, $"Enter the {OtpPolicy.CodeLength}-digit code from the SMS.", phone);
        }

        await using var db = await writes.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var (recent, now) = await LockAndLoadAsync(db, phone, cancellationToken);

        var lockedUntil = OtpPolicy.LockedUntil(recent, now);
        if (lockedUntil is not null)
        {
            return new OtpVerifyResult(OtpVerifyStatus.LockedOut, LockedOutMessage(lockedUntil.Value, now), phone);
        }

        var open = recent.Where(c => c.IsOpen(now)).MaxBy(c => c.CreatedAt);
        if (open is not null && OtpCode.Matches(code, open.CodeHash))
        {
            open.Close(now);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            IdentityLog.CodeVerified(logger, phone.Masked);
            return new OtpVerifyResult(OtpVerifyStatus.Verified, "", phone);
        }

        var result = await RecordFailureAsync(db, phone, open ?? recent.MaxBy(c => c.CreatedAt), recent, now);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    private async Task<OtpVerifyResult> RecordFailureAsync(
        WriteDb db,
        PhoneNumber phone,
        OtpChallenge? target,
        List<OtpChallenge> recent,
        DateTimeOffset now)
    {
        // Wrong and expired codes count alike and read alike, so a guesser learns nothing from the message.
        if (target is null)
        {
            return new OtpVerifyResult(OtpVerifyStatus.WrongOrExpired, WrongOrExpiredMessage, phone);
        }

        target.RecordFailure();
        var failures = OtpPolicy.FailuresInWindow(recent, now);
        IdentityLog.CodeRejected(logger, phone.Masked, failures);
        if (failures >= OtpPolicy.MaxFailuresPerWindow)
        {
            target.LockOut(now);
            IdentityLog.LockedOut(logger, phone.Masked, now + OtpPolicy.Window);
        }

        await db.SaveChangesAsync(CancellationToken.None);
        return failures >= OtpPolicy.MaxFailuresPerWindow
            ? new OtpVerifyResult(OtpVerifyStatus.LockedOut, LockedOutMessage(now + OtpPolicy.Window, now), phone)
            : new OtpVerifyResult(OtpVerifyStatus.WrongOrExpired, WrongOrExpiredMessage, phone);
    }

    private static OtpSendResult? Refusal(PhoneNumber phone, List<OtpChallenge> recent, DateTimeOffset now)
    {
        if (OtpPolicy.LockedUntil(recent, now) is { } lockedUntil)
        {
            return new OtpSendResult(
                OtpSendStatus.LockedOut, LockedOutMessage(lockedUntil, now), phone, Seconds(lockedUntil - now));
        }

        if (OtpPolicy.SendLimitUntil(recent, now) is { } limitUntil)
        {
            var message = $"You have asked for {OtpPolicy.MaxSendsPerWindow} codes in the last hour. "
                + $"Please try again in {Minutes(limitUntil - now)}.";
            return new OtpSendResult(OtpSendStatus.TooManySends, message, phone, Seconds(limitUntil - now));
        }

        if (OtpPolicy.CooldownUntil(recent, now) is { } cooldownUntil)
        {
            var seconds = Seconds(cooldownUntil - now);
            var message = $"Please wait {seconds} seconds before asking for a new code.";
            return new OtpSendResult(OtpSendStatus.Cooldown, message, phone, seconds);
        }

        return null;
    }

    private async Task<(List<OtpChallenge> Recent, DateTimeOffset Now)> LockAndLoadAsync(
        WriteDb db,
        PhoneNumber phone,
        CancellationToken cancellationToken)
    {
        // Held until the transaction ends; every instance asks PostgreSQL for the same lock.
        var key = "otp:" + phone.Value;
        await db.Database.ExecuteSqlAsync(
            $"SELECT pg_advisory_xact_lock(hashtextextended({key}, 0))", cancellationToken);

        // Read after the lock, so that a waiter sees what the holder wrote and decides with the time it got it.
        var now = time.GetUtcNow();
        var since = OtpPolicy.LookBackFrom(now);
        var recent = await db.OtpChallenges
            .Where(c => c.Phone == phone.Value && c.CreatedAt > since)
            .ToListAsync(cancellationToken);
        return (recent, now);
    }

    private static string SmsText(string code) =>
        $"Your Dukaan code is {code}. It expires in {(int)OtpPolicy.CodeLifetime.TotalMinutes} minutes. "
        + "Do not share it with anyone.";

    private static string LockedOutMessage(DateTimeOffset until, DateTimeOffset now) =>
        $"Too many wrong codes. For your safety, this number can try again in {Minutes(until - now)}.";

    private static int Seconds(TimeSpan wait) => Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));

    private static string Minutes(TimeSpan wait)
    {
        var minutes = Math.Max(1, (int)Math.Ceiling(wait.TotalMinutes));
        return minutes == 1 ? "1 minute" : $"{minutes} minutes";
    }
}
