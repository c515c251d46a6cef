using Dukaan.Data.Ordering;
using Dukaan.Domain.Ordering;
using Dukaan.Domain.Shops;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dukaan.Data.Configurations;

internal sealed class OrderConfiguration : IEntityTypeConfiguration<Order>
{
    public void Configure(EntityTypeBuilder<Order> builder)
    {
        builder.ToTable("orders", t =>
        {
            t.HasCheckConstraint("ck_orders_number_positive", "number > 0");
            t.HasCheckConstraint("ck_orders_amounts", "subtotal_paise > 0 AND delivery_charge_paise >= 0");
            t.HasCheckConstraint("ck_orders_total", "total_paise = subtotal_paise + delivery_charge_paise");
        });
        builder.HasKey(o => o.Id);
        builder.Ignore(o => o.Subtotal);
        builder.Ignore(o => o.DeliveryCharge);
        builder.Ignore(o => o.Total);
        builder.Ignore(o => o.DisplayNumber);

        builder.Property(o => o.Token).HasMaxLength(OrderToken.Length).IsFixedLength(false).IsRequired();
        builder.Property(o => o.CustomerName).HasMaxLength(OrderLimits.MaxNameLength).IsRequired();
        builder.Property(o => o.CustomerPhone).HasMaxLength(16).IsRequired();
        builder.Property(o => o.Address).HasMaxLength(OrderLimits.MaxAddressLength).IsRequired();
        builder.Property(o => o.Pincode).HasMaxLength(6).IsRequired();
        builder.Property(o => o.UpiPayee).HasMaxLength(100);
        builder.Property(o => o.Note).HasMaxLength(OrderLimits.MaxNoteLength);
        builder.Property(o => o.IdempotencyKey).HasMaxLength(OrderLimits.MaxIdempotencyKeyLength).IsRequired();
        builder.Property(o => o.PaymentMethod).HasConversion<string>().HasMaxLength(16);
        builder.Property(o => o.PaymentState).HasConversion<string>().HasMaxLength(16).IsConcurrencyToken();

        // Two sellers' taps on the same order: the second save finds the status moved and is refused.
        builder.Property(o => o.Status).HasConversion<string>().HasMaxLength(16).IsConcurrencyToken();

        builder.HasOne<Shop>().WithMany().HasForeignKey(o => o.ShopId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(o => o.Lines).WithOne().HasForeignKey(l => l.OrderId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(o => o.Events).WithOne().HasForeignKey(e => e.OrderId).OnDelete(DeleteBehavior.Cascade);

        builder.HasIndex(o => o.Token).IsUnique();
        builder.HasIndex(o => new { o.ShopId, o.Number }).IsUnique();
        builder.HasIndex(o => new { o.ShopId, o.IdempotencyKey })
            .IsUnique()
            .HasDatabaseName(OrderIndexes.IdempotencyKey);

        // The order desk: newest first, optionally one status.
        builder.HasIndex(o => new { o.ShopId, o.Status, o.Number });
    }
}
