using Dukaan.Domain.Identity;
using Dukaan.Domain.Shops;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dukaan.Data.Configurations;

internal sealed class ShopConfiguration : IEntityTypeConfiguration<Shop>
{
    public void Configure(EntityTypeBuilder<Shop> builder)
    {
        builder.ToTable("shops", t =>
        {
            t.HasCheckConstraint("ck_shops_delivery_not_negative", "delivery_flat_paise >= 0");
            t.HasCheckConstraint("ck_shops_free_delivery_positive", "delivery_free_from_paise > 0");
        });
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Name).HasMaxLength(80).IsRequired();
        builder.Property(s => s.Slug).HasMaxLength(64).IsRequired();
        builder.HasIndex(s => s.Slug).IsUnique();
        builder.HasIndex(s => s.SellerId).IsUnique();
        builder.Ignore(s => s.AcceptsUpi);
        builder.Ignore(s => s.Delivery);
        builder.Property(s => s.UpiId).HasMaxLength(100);
        builder.HasOne<Seller>().WithMany().HasForeignKey(s => s.SellerId).OnDelete(DeleteBehavior.Restrict);
    }
}
