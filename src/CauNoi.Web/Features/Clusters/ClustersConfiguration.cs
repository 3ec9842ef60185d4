using CauNoi.Web.Features.Accounts;
using CauNoi.Web.Features.AdminUnits;
using CauNoi.Web.Features.Organisations;
using CauNoi.Web.Features.Tasks;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CauNoi.Web.Features.Clusters;

public class ClusterConfiguration : IEntityTypeConfiguration<Cluster>
{
    public const int CodeLength = 20, NameLength = 300, DeveloperLength = 300, TaxCodeLength = 14, SectorLength = 200, NoteLength = 4000;

    public void Configure(EntityTypeBuilder<Cluster> e)
    {
        e.Property(c => c.Code).HasMaxLength(CodeLength);
        e.Property(c => c.Name).HasMaxLength(NameLength);
        e.Property(c => c.ProvinceCode).HasMaxLength(2);
        e.Property(c => c.FormerProvinceCode).HasMaxLength(2);
        e.Property(c => c.PlannedHa).HasPrecision(10, 2);
        e.Property(c => c.AreaHa).HasPrecision(10, 2);
        e.Property(c => c.LeasableHa).HasPrecision(10, 2);
        e.Property(c => c.DeveloperName).HasMaxLength(DeveloperLength);
        e.Property(c => c.DeveloperTaxCode).HasMaxLength(TaxCodeLength);
        e.Property(c => c.Note).HasMaxLength(NoteLength);
        e.Property(c => c.SearchName).HasMaxLength(CodeLength + NameLength + DeveloperLength + 2);
        e.Property(c => c.Version).IsConcurrencyToken();
        e.HasOne<Province>().WithMany().HasForeignKey(c => c.ProvinceCode).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<FormerProvince>().WithMany().HasForeignKey(c => c.FormerProvinceCode).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<AppUser>().WithMany().HasForeignKey(c => c.CreatedById).OnDelete(DeleteBehavior.Restrict);
        e.HasMany(c => c.Locations).WithOne().HasForeignKey(l => l.ClusterId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(c => c.Decisions).WithOne().HasForeignKey(d => d.ClusterId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(c => c.Infrastructure).WithOne().HasForeignKey(i => i.ClusterId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(c => c.Projects).WithOne().HasForeignKey(p => p.ClusterId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(c => c.Inspections).WithOne().HasForeignKey(i => i.ClusterId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(c => c.Code).IsUnique();
        // A province's registry, and the statistics by province.
        e.HasIndex(c => new { c.ProvinceCode, c.Id });
    }
}

public class ClusterLocationConfiguration : IEntityTypeConfiguration<ClusterLocation>
{
    public void Configure(EntityTypeBuilder<ClusterLocation> e)
    {
        e.Property(l => l.CommuneCode).HasMaxLength(5);
        e.Property(l => l.FormerCommuneCode).HasMaxLength(5);
        e.Property(l => l.FormerCommuneName).HasMaxLength(100);
        e.Property(l => l.FormerDistrictCode).HasMaxLength(3);
        e.Property(l => l.FormerDistrictName).HasMaxLength(100);
        e.HasOne<Commune>().WithMany().HasForeignKey(l => l.CommuneCode).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(l => l.ClusterId);
        // A commune's clusters: the scope rule's question for a commune.
        e.HasIndex(l => l.CommuneCode);
    }
}

public class ClusterDecisionConfiguration : IEntityTypeConfiguration<ClusterDecision>
{
    public void Configure(EntityTypeBuilder<ClusterDecision> e)
    {
        e.Property(d => d.Number).HasMaxLength(50);
        e.Property(d => d.Signer).HasMaxLength(200);
        e.Property(d => d.AreaHa).HasPrecision(10, 2);
        e.Property(d => d.LeasableHa).HasPrecision(10, 2);
        e.Property(d => d.UnmetConditions).HasMaxLength(2000);
        e.Property(d => d.OverrideReason).HasMaxLength(ClusterConfiguration.NoteLength);
        e.HasOne<AppUser>().WithMany().HasForeignKey(d => d.RecordedById).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(d => new { d.ClusterId, d.SignedOn });
    }
}

public class ClusterInfrastructureConfiguration : IEntityTypeConfiguration<ClusterInfrastructure>
{
    public void Configure(EntityTypeBuilder<ClusterInfrastructure> e)
    {
        e.Property(i => i.Description).HasMaxLength(500);
        e.Property(i => i.Capacity).HasMaxLength(200);
        e.HasIndex(i => i.ClusterId);
    }
}

public class ClusterProjectConfiguration : IEntityTypeConfiguration<ClusterProject>
{
    public void Configure(EntityTypeBuilder<ClusterProject> e)
    {
        e.Property(p => p.Investor).HasMaxLength(ClusterConfiguration.DeveloperLength);
        e.Property(p => p.Sector).HasMaxLength(ClusterConfiguration.SectorLength);
        e.Property(p => p.CapitalBillionVnd).HasPrecision(14, 2);
        e.Property(p => p.LandHa).HasPrecision(10, 2);
        e.Property(p => p.SearchName).HasMaxLength(ClusterConfiguration.DeveloperLength + ClusterConfiguration.SectorLength + 1);
        e.HasIndex(p => p.ClusterId);
    }
}

public class ClusterInspectionConfiguration : IEntityTypeConfiguration<ClusterInspection>
{
    public void Configure(EntityTypeBuilder<ClusterInspection> e)
    {
        e.Property(i => i.Members).HasMaxLength(2000);
        e.HasOne<Organisation>().WithMany().HasForeignKey(i => i.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<AppUser>().WithMany().HasForeignKey(i => i.RecordedById).OnDelete(DeleteBehavior.Restrict);
        e.HasMany(i => i.Findings).WithOne().HasForeignKey(f => f.InspectionId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(i => i.ClusterId);
    }
}

public class ClusterFindingConfiguration : IEntityTypeConfiguration<ClusterFinding>
{
    public void Configure(EntityTypeBuilder<ClusterFinding> e)
    {
        e.Property(f => f.Text).HasMaxLength(4000);
        e.HasOne<WorkTask>().WithMany().HasForeignKey(f => f.TaskId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(f => f.InspectionId);
    }
}
