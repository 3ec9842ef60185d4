using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CauNoi.Web.Data;

public class DataProtectionKeyModel : IEntityTypeConfiguration<DataProtectionKey>
{
    public void Configure(EntityTypeBuilder<DataProtectionKey> e) => e.Property(k => k.FriendlyName).HasMaxLength(200);
}
