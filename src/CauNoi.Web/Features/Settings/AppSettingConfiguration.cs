using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CauNoi.Web.Features.Settings;

public class AppSettingConfiguration : IEntityTypeConfiguration<AppSetting>
{
    public void Configure(EntityTypeBuilder<AppSetting> e)
    {
        e.HasKey(s => s.Key);
        e.Property(s => s.Key).HasMaxLength(100);
        e.Property(s => s.Value).HasMaxLength(1000);
    }
}
