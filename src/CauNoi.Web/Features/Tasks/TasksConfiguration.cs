using CauNoi.Web.Features.Accounts;
using CauNoi.Web.Features.AdminUnits;
using CauNoi.Web.Features.Organisations;
using CauNoi.Web.Features.Recommendations;
using CauNoi.Web.Shared.Records;
using CauNoi.Web.Shared.Validation;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CauNoi.Web.Features.Tasks;

public class SourceDocumentConfiguration : IEntityTypeConfiguration<SourceDocument>
{
    public const int IssuerLength = 200, SignerLength = 200, SummaryLength = 4000;

    public void Configure(EntityTypeBuilder<SourceDocument> e)
    {
        e.ToTable("Documents");
        e.Property(d => d.Number).HasMaxLength(DocumentNumber.Length);
        e.Property(d => d.Issuer).HasMaxLength(IssuerLength);
        e.Property(d => d.SignerName).HasMaxLength(SignerLength);
        e.Property(d => d.Summary).HasMaxLength(SummaryLength);
        e.Property(d => d.SearchName).HasMaxLength(SummaryLength + 300);
        e.HasOne<Organisation>().WithMany().HasForeignKey(d => d.RegisteredByOrganisationId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<AppUser>().WithMany().HasForeignKey(d => d.CreatedById).OnDelete(DeleteBehavior.Restrict);
        e.HasMany(d => d.Files).WithOne().HasForeignKey(f => f.DocumentId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Meetings.Meeting>().WithMany().HasForeignKey(d => d.MeetingId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(d => d.MeetingId);
        // One register: the same number from the same year is the same document.
        e.HasIndex(d => new { d.Number, d.IssuedOn }).IsUnique();
        e.HasIndex(d => d.IssuedOn);
    }
}

public class DocumentFileConfiguration : IEntityTypeConfiguration<DocumentFile>
{
    public void Configure(EntityTypeBuilder<DocumentFile> e)
    {
        e.FileColumns();
        e.HasIndex(f => f.DocumentId);
    }
}

public class WorkTaskConfiguration : IEntityTypeConfiguration<WorkTask>
{
    public const int TitleLength = 2000, DescriptionLength = 20_000, AssignedByLength = 200, ResultLength = 2000;

    public void Configure(EntityTypeBuilder<WorkTask> e)
    {
        e.ToTable("Tasks");
        e.Property(t => t.Title).HasMaxLength(TitleLength);
        e.Property(t => t.Description).HasMaxLength(DescriptionLength);
        e.Property(t => t.AssignedBy).HasMaxLength(AssignedByLength);
        e.Property(t => t.ExpectedResult).HasMaxLength(ResultLength);
        e.Property(t => t.CancelReason).HasMaxLength(TaskSteps.CommentLength);
        e.Property(t => t.LeadProvinceCode).HasMaxLength(2);
        e.Property(t => t.Weight).HasPrecision(9, 2);
        e.Property(t => t.SearchName).HasMaxLength(TitleLength + DescriptionLength + ResultLength + 2);
        e.Property(t => t.Version).IsConcurrencyToken();
        e.Ignore(t => t.Number);

        e.HasOne<SourceDocument>().WithMany().HasForeignKey(t => t.DocumentId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<WorkTask>().WithMany().HasForeignKey(t => t.ParentId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<WorkTask>().WithMany().HasForeignKey(t => t.SeriesId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Organisation>().WithMany().HasForeignKey(t => t.LeadOrganisationId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Organisation>().WithMany().HasForeignKey(t => t.AssigningOrganisationId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Province>().WithMany().HasForeignKey(t => t.LeadProvinceCode).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<AppUser>().WithMany().HasForeignKey(t => t.OwnerId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<AppUser>().WithMany().HasForeignKey(t => t.AssignedById).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<AppUser>().WithMany().HasForeignKey(t => t.CreatedById).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Recommendation>().WithMany().HasForeignKey(t => t.RecommendationId).OnDelete(DeleteBehavior.Restrict);
        e.HasMany(t => t.Coordinators).WithOne().HasForeignKey(c => c.TaskId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(t => t.Provinces).WithOne().HasForeignKey(p => p.TaskId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(t => t.Events).WithOne().HasForeignKey(v => v.TaskId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(t => t.Reports).WithOne().HasForeignKey(r => r.TaskId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(t => t.Extensions).WithOne().HasForeignKey(x => x.TaskId).OnDelete(DeleteBehavior.Cascade);

        // The list pages and dashboards filter by lead unit, assigner or owner and sort by deadline.
        e.HasIndex(t => new { t.DueOn, t.Id });
        e.HasIndex(t => new { t.LeadOrganisationId, t.DueOn, t.Id });
        e.HasIndex(t => new { t.AssigningOrganisationId, t.DueOn });
        e.HasIndex(t => new { t.LeadProvinceCode, t.DueOn });
        e.HasIndex(t => new { t.OwnerId, t.DueOn });
        e.HasIndex(t => new { t.AssignedById, t.DueOn });
        e.HasIndex(t => new { t.DocumentId, t.Id });
        e.HasIndex(t => t.ParentId);
        e.HasIndex(t => t.SeriesId);
        e.HasIndex(t => t.RecommendationId);
        // The dashboard's counts read only these columns for the tasks assigned in a period, group them by the included
        // ones and pick the overdue list's ids: on PostgreSQL its scans never visit the table.
        e.HasIndex(t => new { t.AssignedOn, t.State, t.ClosedOn, t.JudgedDueOn, t.Recurrence, t.ExtensionPending, t.DueOn, t.OriginalDueOn })
            .IncludeProperties(t => new { t.LeadOrganisationId, t.OwnerId, t.AssignedBy, t.DocumentId, t.Id })
            .HasDatabaseName("IX_Tasks_Figures");
        e.HasIndex(t => t.SearchName).HasMethod("gin").HasOperators("gin_trgm_ops");
    }
}

public class TaskEventConfiguration : IEntityTypeConfiguration<TaskEvent>
{
    public void Configure(EntityTypeBuilder<TaskEvent> e)
    {
        e.HistoryColumns();
        e.HasIndex(v => new { v.TaskId, v.At });
    }
}

public class TaskMessageConfiguration : IEntityTypeConfiguration<TaskMessage>
{
    public void Configure(EntityTypeBuilder<TaskMessage> e)
    {
        e.ThreadColumns();
        e.HasOne<WorkTask>().WithMany().HasForeignKey(m => m.TaskId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(m => new { m.TaskId, m.At });
    }
}

public class TaskFileConfiguration : IEntityTypeConfiguration<TaskFile>
{
    public void Configure(EntityTypeBuilder<TaskFile> e)
    {
        e.FileColumns();
        e.HasOne<WorkTask>().WithMany().HasForeignKey(f => f.TaskId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<TaskProgressReport>().WithMany().HasForeignKey(f => f.ReportId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(f => f.TaskId);
    }
}

public class TaskProgressReportConfiguration : IEntityTypeConfiguration<TaskProgressReport>
{
    public void Configure(EntityTypeBuilder<TaskProgressReport> e)
    {
        e.Property(r => r.ByName).HasMaxLength(RecordColumns.NameLength);
        e.Property(r => r.ByOrganisation).HasMaxLength(RecordColumns.NameLength);
        e.Property(r => r.Text).HasMaxLength(TaskSteps.CommentLength);
        e.Property(r => r.ReturnedByName).HasMaxLength(RecordColumns.NameLength);
        e.Property(r => r.ReturnComment).HasMaxLength(TaskSteps.CommentLength);
        e.HasIndex(r => new { r.TaskId, r.At });
    }
}

public class TaskExtensionConfiguration : IEntityTypeConfiguration<TaskExtension>
{
    public void Configure(EntityTypeBuilder<TaskExtension> e)
    {
        e.Property(x => x.RequestedByName).HasMaxLength(RecordColumns.NameLength);
        e.Property(x => x.Reason).HasMaxLength(TaskSteps.CommentLength);
        e.Property(x => x.DecidedByName).HasMaxLength(RecordColumns.NameLength);
        e.Property(x => x.DecisionComment).HasMaxLength(TaskSteps.CommentLength);
        e.HasIndex(x => new { x.TaskId, x.Decision });
    }
}

public class TaskCoordinatorConfiguration : IEntityTypeConfiguration<TaskCoordinator>
{
    public void Configure(EntityTypeBuilder<TaskCoordinator> e)
    {
        e.HasKey(c => new { c.TaskId, c.OrganisationId });
        e.HasOne<Organisation>().WithMany().HasForeignKey(c => c.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(c => c.OrganisationId);
    }
}

public class TaskProvinceConfiguration : IEntityTypeConfiguration<TaskProvince>
{
    public void Configure(EntityTypeBuilder<TaskProvince> e)
    {
        e.HasKey(p => new { p.TaskId, p.ProvinceCode });
        e.Property(p => p.ProvinceCode).HasMaxLength(2);
        e.HasOne<Province>().WithMany().HasForeignKey(p => p.ProvinceCode).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(p => p.ProvinceCode);
    }
}
