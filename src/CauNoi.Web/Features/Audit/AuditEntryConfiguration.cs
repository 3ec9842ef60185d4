using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CauNoi.Web.Features.Audit;

public class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> e)
    {
        e.ToTable("AuditLog");
        e.Property(a => a.UserName).HasMaxLength(256);
        e.Property(a => a.Action).HasMaxLength(20);
        e.Property(a => a.EntityType).HasMaxLength(100);
        e.Property(a => a.EntityKey).HasMaxLength(200);
        e.HasIndex(a => a.At);
        e.HasIndex(a => new { a.EntityType, a.EntityKey });
    }
}
