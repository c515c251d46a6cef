using Dukaan.Domain.Catalog;
using Dukaan.Domain.Shops;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dukaan.Data.Configurations;

internal sealed class ProductConfiguration : IEntityTypeConfiguration<Product>
{
    public void Configure(EntityTypeBuilder<Product> builder)
    {
        builder.ToTable("products", t =>
        {
            t.HasCheckConstraint("ck_products_price_positive", "price_paise > 0");
            t.HasCheckConstraint("ck_products_stock_not_negative", "stock >= 0");
        });
        builder.HasKey(p => p.Id);
        builder.Ignore(p => p.Price);
        builder.Ignore(p => p.CanBeOrdered);
        builder.Property(p => p.Name).HasMaxLength(Product.MaxNameLength).IsRequired();
        builder.Property(p => p.PhotoHash).HasMaxLength(64);
        builder.HasOne<Shop>().WithMany().HasForeignKey(p => p.ShopId).OnDelete(DeleteBehavior.Cascade);

        // Storefront sorts: every order ends in the unique id so key-set paging never repeats or skips.
        builder.HasIndex(p => new { p.ShopId, p.PricePaise, p.Id });
        builder.HasIndex(p => new { p.ShopId, p.CreatedAt, p.Id });
    }
}
