using Dukaan.Domain.Catalog;
using Dukaan.Domain.Identity;
using Dukaan.Domain.Ordering;
using Dukaan.Domain.Photos;
using Dukaan.Domain.Shops;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Dukaan.Data;

/// <summary>
/// The shared model. Use <see cref="WriteDb"/> to change data (primary) and <see cref="ReadDb"/> to read it
/// (a standby when one is up); both come from pooled factories, one context per operation.
/// </summary>
public abstract class DukaanDb : DbContext, IDataProtectionKeyContext
{
    protected DukaanDb(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<Seller> Sellers => Set<Seller>();

    public DbSet<OtpChallenge> OtpChallenges => Set<OtpChallenge>();

    public DbSet<SellerSession> SellerSessions => Set<SellerSession>();

    public DbSet<Shop> Shops => Set<Shop>();

    public DbSet<Product> Products => Set<Product>();

    public DbSet<Order> Orders => Set<Order>();

    public DbSet<OrderLine> OrderLines => Set<OrderLine>();

    public DbSet<OrderEvent> OrderEvents => Set<OrderEvent>();

    public DbSet<PhotoVariant> PhotoVariants => Set<PhotoVariant>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(DukaanDb).Assembly);
    }
}
