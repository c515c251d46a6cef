using Dukaan.Data;
using Dukaan.Domain.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Dukaan.Web.Identity;

/// <summary>
/// Starts, checks and ends sellers' sign-in sessions. A check is cached for a minute per instance, so an ended
/// session stops working at once on the instance that ended it and within a minute on the others.
/// </summary>
public sealed class SellerSessions(IDbContextFactory<WriteDb> writes, IMemoryCache cache, TimeProvider time)
{
    private static readonly TimeSpan CheckLifetime = TimeSpan.FromMinutes(1);

    public async Task<Guid> StartAsync(Guid sellerId, CancellationToken cancellationToken)
    {
        await using var db = await writes.CreateDbContextAsync(cancellationToken);
        var session = db.SellerSessions.Add(new SellerSession(sellerId, time.GetUtcNow())).Entity;
        await db.SaveChangesAsync(cancellationToken);
        return session.Id;
    }

    public async Task<bool> IsActiveAsync(Guid sessionId, CancellationToken cancellationToken)
    {
        if (cache.TryGetValue(CacheKey(sessionId), out bool active))
        {
            return active;
        }

        await using var db = await writes.CreateDbContextAsync(cancellationToken);
        active = await db.SellerSessions.AnyAsync(s => s.Id == sessionId && s.EndedAt == null, cancellationToken);
        cache.Set(CacheKey(sessionId), active, CheckLifetime);
        return active;
    }

    public async Task EndAsync(Guid sessionId, CancellationToken cancellationToken)
    {
        await using var db = await writes.CreateDbContextAsync(cancellationToken);
        await db.SellerSessions
            .Where(s => s.Id == sessionId && s.EndedAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(s => s.EndedAt, time.GetUtcNow()), cancellationToken);
        cache.Set(CacheKey(sessionId), false, CheckLifetime);
    }

    private static string CacheKey(Guid sessionId) => "seller-session:" + sessionId.ToString("N");
}
