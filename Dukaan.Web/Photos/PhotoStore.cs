using Dukaan.Data;
using Dukaan.Domain.Photos;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Dukaan.Web.Photos;

/// <summary>
/// Keeps photo variants in PostgreSQL, which every app instance reaches. Content-addressed, so storing the same
/// photo twice is a no-op and a race between two uploads of it is harmless.
/// </summary>
internal sealed class PhotoStore(
    IDbContextFactory<WriteDb> writes,
    IDbContextFactory<ReadDb> reads,
    ILogger<PhotoStore> logger)
{
    /// <returns>False when the photo was already there.</returns>
    public async Task<bool> SaveAsync(IReadOnlyList<PhotoVariant> variants, CancellationToken cancellationToken)
    {
        var hash = variants[0].Hash;
        await using var db = await writes.CreateDbContextAsync(cancellationToken);
        if (await db.PhotoVariants.AnyAsync(v => v.Hash == hash, cancellationToken))
        {
            return false;
        }

        db.PhotoVariants.AddRange(variants);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException
        {
            SqlState: PostgresErrorCodes.UniqueViolation,
        })
        {
            // Someone stored the very same bytes a moment ago.
            return false;
        }
    }

    public async Task<byte[]?> FindAsync(string hash, PhotoSize size, CancellationToken cancellationToken)
    {
        await using (var read = await reads.CreateDbContextAsync(cancellationToken))
        {
            var bytes = await FindAsync(read, hash, size, cancellationToken);
            if (bytes is not null)
            {
                return bytes;
            }
        }

        // A standby may lag just after an upload: ask the primary once before saying "not found".
        await using var write = await writes.CreateDbContextAsync(cancellationToken);
        var fromPrimary = await FindAsync(write, hash, size, cancellationToken);
        if (fromPrimary is not null)
        {
            PhotoLog.PhotoServedFromPrimary(logger, hash, size);
        }

        return fromPrimary;
    }

    private static Task<byte[]?> FindAsync(DukaanDb db, string hash, PhotoSize size, CancellationToken token) =>
        db.PhotoVariants.AsNoTracking()
            .Where(v => v.Hash == hash && v.Size == size)
            .Select(v => v.Bytes)
            .FirstOrDefaultAsync(token);
}
