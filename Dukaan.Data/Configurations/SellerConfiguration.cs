using Dukaan.Domain.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dukaan.Data.Configurations;

internal sealed class SellerConfiguration : IEntityTypeConfiguration<Seller>
{
    public void Configure(EntityTypeBuilder<Seller> builder)
    {
        builder.ToTable("sellers");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Phone).HasMaxLength(16).IsRequired();
        builder.HasIndex(s => s.Phone).IsUnique();
    }
}
