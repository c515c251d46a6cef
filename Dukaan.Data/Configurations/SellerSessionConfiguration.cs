using Dukaan.Domain.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dukaan.Data.Configurations;

internal sealed class SellerSessionConfiguration : IEntityTypeConfiguration<SellerSession>
{
    public void Configure(EntityTypeBuilder<SellerSession> builder)
    {
        builder.ToTable("seller_sessions");
        builder.HasKey(s => s.Id);
        builder.Ignore(s => s.IsActive);
        builder.HasIndex(s => s.SellerId);
        builder.HasOne<Seller>().WithMany().HasForeignKey(s => s.SellerId).OnDelete(DeleteBehavior.Cascade);
    }
}
