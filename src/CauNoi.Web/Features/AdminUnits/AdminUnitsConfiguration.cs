using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CauNoi.Web.Features.AdminUnits;

public class ProvinceConfiguration : IEntityTypeConfiguration<Province>
{
    public void Configure(EntityTypeBuilder<Province> e)
    {
        e.HasKey(p => p.Code);
        e.Property(p => p.Code).HasMaxLength(2);
        e.Property(p => p.Name).HasMaxLength(100);
        e.Property(p => p.Type).HasMaxLength(50);
        e.Property(p => p.SearchName).HasMaxLength(100);
        e.HasMany(p => p.Communes).WithOne(c => c.Province).HasForeignKey(c => c.ProvinceCode).OnDelete(DeleteBehavior.Restrict);
        e.HasMany(p => p.FormerProvinces).WithOne(f => f.NewProvince).HasForeignKey(f => f.NewProvinceCode).OnDelete(DeleteBehavior.Restrict);
    }
}

public class CommuneConfiguration : IEntityTypeConfiguration<Commune>
{
    public void Configure(EntityTypeBuilder<Commune> e)
    {
        e.HasKey(c => c.Code);
        e.Property(c => c.Code).HasMaxLength(5);
        e.Property(c => c.Name).HasMaxLength(100);
        e.Property(c => c.Type).HasMaxLength(20);
        e.Property(c => c.ProvinceCode).HasMaxLength(2);
        e.Property(c => c.SearchName).HasMaxLength(100);
        e.HasIndex(c => c.SearchName).HasMethod("gin").HasOperators("gin_trgm_ops");
        e.HasMany(c => c.Lineage).WithOne(l => l.Commune).HasForeignKey(l => l.CommuneCode).OnDelete(DeleteBehavior.Restrict);
    }
}

public class FormerProvinceConfiguration : IEntityTypeConfiguration<FormerProvince>
{
    public void Configure(EntityTypeBuilder<FormerProvince> e)
    {
        e.HasKey(f => f.Code);
        e.Property(f => f.Code).HasMaxLength(2);
        e.Property(f => f.Name).HasMaxLength(100);
        e.Property(f => f.NewProvinceCode).HasMaxLength(2);
        e.Property(f => f.SearchName).HasMaxLength(100);
    }
}

public class CommuneLineageConfiguration : IEntityTypeConfiguration<CommuneLineage>
{
    public void Configure(EntityTypeBuilder<CommuneLineage> e)
    {
        e.ToTable("CommuneLineage");
        e.Property(l => l.CommuneCode).HasMaxLength(5);
        e.Property(l => l.FormerCommuneCode).HasMaxLength(5);
        e.Property(l => l.FormerCommuneName).HasMaxLength(100);
        e.Property(l => l.FormerDistrictCode).HasMaxLength(3);
        e.Property(l => l.FormerDistrictName).HasMaxLength(100);
        e.Property(l => l.FormerProvinceCode).HasMaxLength(2);
        e.Property(l => l.FormerProvinceName).HasMaxLength(100);
        e.Property(l => l.Note).HasMaxLength(200);
        e.Property(l => l.SearchName).HasMaxLength(400);
        e.HasIndex(l => l.FormerCommuneCode);
        e.HasIndex(l => l.SearchName).HasMethod("gin").HasOperators("gin_trgm_ops");
    }
}
