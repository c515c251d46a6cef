using Dukaan.Data;
using Dukaan.Domain.Identity;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Dukaan.Web.Identity;

/// <summary>Finds the seller for a verified phone, creating the account on the first sign-in.</summary>
public sealed class SellerAccounts(IDbContextFactory<WriteDb> writes, TimeProvider time, ILogger<SellerAccounts> logger)
{
    public async Task<SignedInSeller> FindOrCreateAsync(PhoneNumber phone, CancellationToken cancellationToken)
    {
        var existing = await FindAsync(phone, cancellationToken);
        if (existing is not null)
        {
            return existing;
        }

        await using (var db = await writes.CreateDbContextAsync(cancellationToken))
        {
            var seller = db.Sellers.Add(new Seller(phone, time.GetUtcNow())).Entity;
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                IdentityLog.SellerCreated(logger, seller.Id);
                return new SignedInSeller(seller.Id, seller.Phone, null);
            }
            catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: "23505" })
            {
                // The same phone signed up in another tab or instance a moment ago: use that account.
            }
        }

        return await FindAsync(phone, cancellationToken)
            ?? throw new InvalidOperationException("The seller vanished right after a unique violation.");
    }

    private async Task<SignedInSeller?> FindAsync(PhoneNumber phone, CancellationToken cancellationToken)
    {
        await using var db = await writes.CreateDbContextAsync(cancellationToken);
        return await db.Sellers.AsNoTracking()
            .Where(s => s.Phone == phone.Value)
            .Select(s => new SignedInSeller(
                s.Id,
                s.Phone,
                db.Shops.Where(shop => shop.SellerId == s.Id).Select(shop => shop.Slug).FirstOrDefault()))
            .SingleOrDefaultAsync(cancellationToken);
    }
}
