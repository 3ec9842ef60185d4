using CauNoi.Web.Features.Accounts;
using CauNoi.Web.Features.AdminUnits;
using CauNoi.Web.Features.Organisations;
using CauNoi.Web.Features.Recommendations;
using CauNoi.Web.Features.Tasks;
using CauNoi.Web.Shared.Records;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CauNoi.Web.Features.Meetings;

public class MeetingConfiguration : IEntityTypeConfiguration<Meeting>
{
    public const int TitleLength = 300, PlaceLength = 300, ChairLength = 200, TextLength = 8000, DelegatesLength = 1000, FindingLength = 4000;

    public void Configure(EntityTypeBuilder<Meeting> e)
    {
        e.Property(m => m.Title).HasMaxLength(TitleLength);
        e.Property(m => m.Place).HasMaxLength(PlaceLength);
        e.Property(m => m.ChairName).HasMaxLength(ChairLength);
        e.Property(m => m.Agenda).HasMaxLength(TextLength);
        e.Property(m => m.Report).HasMaxLength(TextLength);
        e.Property(m => m.SearchName).HasMaxLength(TitleLength + PlaceLength + ChairLength + 2);
        e.Property(m => m.Version).IsConcurrencyToken();
        e.HasOne<AppUser>().WithMany().HasForeignKey(m => m.ChairId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<AppUser>().WithMany().HasForeignKey(m => m.CreatedById).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Organisation>().WithMany().HasForeignKey(m => m.OrganisedByOrganisationId).OnDelete(DeleteBehavior.Restrict);
        e.HasMany(m => m.Units).WithOne().HasForeignKey(u => u.MeetingId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(m => m.Provinces).WithOne().HasForeignKey(p => p.MeetingId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(m => m.Findings).WithOne().HasForeignKey(f => f.MeetingId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(m => m.Files).WithOne().HasForeignKey(f => f.MeetingId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(m => m.ReplyIssues).WithOne().HasForeignKey(i => i.MeetingId).OnDelete(DeleteBehavior.Cascade);
        // The list and the calendar go by date.
        e.HasIndex(m => new { m.StartsOn, m.Id });
        e.HasIndex(m => m.ChairId);
    }
}

public class MeetingUnitConfiguration : IEntityTypeConfiguration<MeetingUnit>
{
    public void Configure(EntityTypeBuilder<MeetingUnit> e)
    {
        e.HasKey(u => new { u.MeetingId, u.OrganisationId });
        e.Property(u => u.Delegates).HasMaxLength(MeetingConfiguration.DelegatesLength);
        e.HasOne<Organisation>().WithMany().HasForeignKey(u => u.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}

public class MeetingProvinceConfiguration : IEntityTypeConfiguration<MeetingProvince>
{
    public void Configure(EntityTypeBuilder<MeetingProvince> e)
    {
        e.HasKey(p => new { p.MeetingId, p.ProvinceCode });
        e.Property(p => p.ProvinceCode).HasMaxLength(2);
        e.Property(p => p.Delegates).HasMaxLength(MeetingConfiguration.DelegatesLength);
        e.HasOne<Province>().WithMany().HasForeignKey(p => p.ProvinceCode).OnDelete(DeleteBehavior.Restrict);
        // A province's meetings: the scope rule's question.
        e.HasIndex(p => p.ProvinceCode);
    }
}

public class MeetingFindingConfiguration : IEntityTypeConfiguration<MeetingFinding>
{
    public void Configure(EntityTypeBuilder<MeetingFinding> e)
    {
        e.Property(f => f.Text).HasMaxLength(MeetingConfiguration.FindingLength);
        e.Property(f => f.ProvinceCode).HasMaxLength(2);
        e.HasOne<Province>().WithMany().HasForeignKey(f => f.ProvinceCode).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Recommendation>().WithMany().HasForeignKey(f => f.RecommendationId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<WorkTask>().WithMany().HasForeignKey(f => f.TaskId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<AppUser>().WithMany().HasForeignKey(f => f.RecordedById).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(f => f.MeetingId);
    }
}

public class MeetingFileConfiguration : IEntityTypeConfiguration<MeetingFile>
{
    public void Configure(EntityTypeBuilder<MeetingFile> e)
    {
        e.FileColumns();
        e.HasIndex(f => f.MeetingId);
    }
}

public class MeetingReplyIssueConfiguration : IEntityTypeConfiguration<MeetingReplyIssue>
{
    public void Configure(EntityTypeBuilder<MeetingReplyIssue> e)
    {
        e.Property(i => i.IssuedByName).HasMaxLength(MeetingConfiguration.ChairLength);
        e.HasOne<AppUser>().WithMany().HasForeignKey(i => i.IssuedById).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(i => i.MeetingId);
    }
}
