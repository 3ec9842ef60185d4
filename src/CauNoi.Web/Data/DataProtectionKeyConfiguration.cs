using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CauNoi.Web.Data;

/// <summary>The keys that sign cookies and tokens, shared by every app instance through the database (PersistKeysToDbContext).</summary>
public class DataProtectionKeyConfiguration : IEntityTypeConfiguration<DataProtectionKey>
{
    public void Configure(EntityTypeBuilder<DataProtectionKey> e)
    {
        e.Property(k => k.FriendlyName).HasMaxLength(200);
        e.Property(k => k.Xml).IsRequired();
    }
}
