using Dukaan.Domain.Photos;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dukaan.Data.Configurations;

internal sealed class PhotoVariantConfiguration : IEntityTypeConfiguration<PhotoVariant>
{
    public void Configure(EntityTypeBuilder<PhotoVariant> builder)
    {
        builder.ToTable("photo_variants");
        builder.HasKey(v => new { v.Hash, v.Size });
        builder.Property(v => v.Hash).HasMaxLength(64);
        builder.Property(v => v.ContentType).HasMaxLength(32).IsRequired();
        builder.Property(v => v.Bytes).IsRequired();
    }
}
