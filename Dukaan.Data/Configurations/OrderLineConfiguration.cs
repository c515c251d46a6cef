using Dukaan.Domain.Catalog;
using Dukaan.Domain.Ordering;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dukaan.Data.Configurations;

internal sealed class OrderLineConfiguration : IEntityTypeConfiguration<OrderLine>
{
    public void Configure(EntityTypeBuilder<OrderLine> builder)
    {
        builder.ToTable("order_lines", t =>
        {
            t.HasCheckConstraint("ck_order_lines_quantity", $"quantity BETWEEN 1 AND {OrderLimits.MaxQuantity}");
            t.HasCheckConstraint("ck_order_lines_price_positive", "unit_price_paise > 0");
        });
        builder.HasKey(l => l.Id);
        builder.Ignore(l => l.UnitPrice);
        builder.Ignore(l => l.LineTotal);
        builder.Property(l => l.ProductName).HasMaxLength(Product.MaxNameLength).IsRequired();

        // A copy, not a reference: the line stays readable when the product is changed or removed.
        builder.HasIndex(l => l.ProductId);
    }
}
