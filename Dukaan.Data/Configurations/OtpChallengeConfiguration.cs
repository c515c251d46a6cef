using Dukaan.Domain.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dukaan.Data.Configurations;

internal sealed class OtpChallengeConfiguration : IEntityTypeConfiguration<OtpChallenge>
{
    public void Configure(EntityTypeBuilder<OtpChallenge> builder)
    {
        builder.ToTable("otp_challenges");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).UseIdentityAlwaysColumn();
        builder.Property(c => c.Phone).HasMaxLength(16).IsRequired();
        builder.Property(c => c.CodeHash).HasMaxLength(128).IsRequired();

        // Sends and failures are counted per phone over the last hour.
        builder.HasIndex(c => new { c.Phone, c.CreatedAt });
    }
}
