using Dukaan.Data;
using Dukaan.Domain.Shops;
using Dukaan.Web.Identity;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Dukaan.Web.Shops;

/// <summary>
/// Creates a seller's one shop with a free slug: <c>ram-kirana</c>, then <c>ram-kirana-2</c>, <c>-3</c>...
/// The unique index on the slug settles races: a loser catches the violation and takes the next number.
/// </summary>
public sealed class ShopCreator(IDbContextFactory<WriteDb> writes, TimeProvider time, ILogger<ShopCreator> logger)
{
    private const int MaxAttempts = 25;
    private const string SlugIndex = "ix_shops_slug";
    private const string SellerIndex = "ix_shops_seller_id";

    public async Task<ShopCreationResult> CreateAsync(
        Guid sellerId,
        string? nameInput,
        CancellationToken cancellationToken)
    {
        if (!ShopName.TryNormalise(nameInput, out var name, out var error))
        {
            return new ShopCreationResult(false, null, error);
        }

        var existing = await ExistingSlugAsync(sellerId, cancellationToken);
        if (existing is not null)
        {
            return new ShopCreationResult(false, existing, "You already have a shop.");
        }

        var baseSlug = ShopSlug.FromName(name);
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var slug = await FreeSlugAsync(baseSlug, attempt, cancellationToken);
            await using var db = await writes.CreateDbContextAsync(cancellationToken);
            var shop = db.Shops.Add(new Shop(sellerId, name, slug, time.GetUtcNow())).Entity;
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                IdentityLog.ShopCreated(logger, shop.Id, slug, sellerId);
                return new ShopCreationResult(true, slug, "");
            }
            catch (DbUpdateException ex) when (IsUniqueViolation(ex, SlugIndex))
            {
                IdentityLog.SlugTaken(logger, slug);
            }
            catch (DbUpdateException ex) when (IsUniqueViolation(ex, SellerIndex))
            {
                // A second tab created this seller's shop a moment ago.
                var slugOfOther = await ExistingSlugAsync(sellerId, cancellationToken);
                return new ShopCreationResult(false, slugOfOther, "You already have a shop.");
            }
        }

        return new ShopCreationResult(false, null, "We could not create your shop just now. Please try again.");
    }

    private async Task<string?> ExistingSlugAsync(Guid sellerId, CancellationToken cancellationToken)
    {
        await using var db = await writes.CreateDbContextAsync(cancellationToken);
        return await db.Shops.AsNoTracking()
            .Where(s => s.SellerId == sellerId)
            .Select(s => s.Slug)
            .FirstOrDefaultAsync(cancellationToken);
    }

    // The lowest number not yet used; after a few lost races a random number spreads the contenders apart.
    private async Task<string> FreeSlugAsync(string baseSlug, int attempt, CancellationToken cancellationToken)
    {
        if (attempt >= MaxAttempts / 2)
        {
            return ShopSlug.WithSuffix(baseSlug, Random.Shared.Next(100, 100_000));
        }

        await using var db = await writes.CreateDbContextAsync(cancellationToken);
        var prefix = ShopSlug.WithSuffix(baseSlug, 2)[..^1];
        var taken = await db.Shops.AsNoTracking()
            .Where(s => s.Slug == baseSlug || s.Slug.StartsWith(prefix))
            .Select(s => s.Slug)
            .ToListAsync(cancellationToken);
        var used = taken.ToHashSet(StringComparer.Ordinal);

        var number = 1;
        while (used.Contains(ShopSlug.WithSuffix(baseSlug, number)))
        {
            number++;
        }

        return ShopSlug.WithSuffix(baseSlug, number);
    }

    private static bool IsUniqueViolation(DbUpdateException ex, string index) =>
        ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } pg
        && string.Equals(pg.ConstraintName, index, StringComparison.Ordinal);
}
