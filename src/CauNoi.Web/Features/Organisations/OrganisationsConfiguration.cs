using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CauNoi.Web.Features.Organisations;

public class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> e)
    {
        e.Property(o => o.Code).HasMaxLength(20);
        e.HasIndex(o => o.Code).IsUnique();
        e.Property(o => o.Name).HasMaxLength(200);
        e.Property(o => o.ShortName).HasMaxLength(50);
        e.Property(o => o.ProvinceCode).HasMaxLength(2);
        e.Property(o => o.CommuneCode).HasMaxLength(5);
        e.Property(o => o.Email).HasMaxLength(200);
        e.Property(o => o.Phone).HasMaxLength(50);
        e.Property(o => o.SearchName).HasMaxLength(300);
        // Left to the database when off: the reference data seeds every unit without naming it.
        e.Property(o => o.AnswersNeedApproval).HasDefaultValue(false);
        e.HasIndex(o => o.ProvinceCode);
        e.HasIndex(o => o.CommuneCode);
        e.HasOne<AdminUnits.Province>().WithMany().HasForeignKey(o => o.ProvinceCode).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<AdminUnits.Commune>().WithMany().HasForeignKey(o => o.CommuneCode).OnDelete(DeleteBehavior.Restrict);
    }
}

public class FieldOfWorkConfiguration : IEntityTypeConfiguration<FieldOfWork>
{
    public void Configure(EntityTypeBuilder<FieldOfWork> e)
    {
        e.ToTable("FieldsOfWork");
        e.Property(f => f.Code).HasMaxLength(20);
        e.HasIndex(f => f.Code).IsUnique();
        e.Property(f => f.Name).HasMaxLength(200);
        e.Property(f => f.DefaultWorkingDays).HasDefaultValue(FieldOfWork.DefaultDeadline);
        e.HasOne<Organisation>().WithMany().HasForeignKey(f => f.ResponsibleUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

public class FocalLeaderAssignmentConfiguration : IEntityTypeConfiguration<FocalLeaderAssignment>
{
    public void Configure(EntityTypeBuilder<FocalLeaderAssignment> e)
    {
        e.Property(a => a.ProvinceCode).HasMaxLength(2);
        e.Property(a => a.Decision).HasMaxLength(100);
        e.HasIndex(a => new { a.ProvinceCode, a.EffectiveFrom });
        e.HasOne<AdminUnits.Province>().WithMany().HasForeignKey(a => a.ProvinceCode).OnDelete(DeleteBehavior.Restrict);
        e.HasOne(a => a.Leader).WithMany().HasForeignKey(a => a.LeaderId).OnDelete(DeleteBehavior.Restrict);
    }
}

public class UnitDirectionConfiguration : IEntityTypeConfiguration<UnitDirection>
{
    public void Configure(EntityTypeBuilder<UnitDirection> e)
    {
        e.ToTable("UnitDirections");
        e.Property(a => a.Decision).HasMaxLength(100);
        e.HasIndex(a => new { a.LeaderId, a.EffectiveFrom });
        e.HasOne(a => a.Unit).WithMany().HasForeignKey(a => a.UnitId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne(a => a.Leader).WithMany().HasForeignKey(a => a.LeaderId).OnDelete(DeleteBehavior.Restrict);
    }
}
