using CauNoi.Web.Features.Accounts;
using CauNoi.Web.Features.AdminUnits;
using CauNoi.Web.Features.Organisations;
using CauNoi.Web.Shared.Records;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CauNoi.Web.Features.Recommendations;

public class RecommendationConfiguration : IEntityTypeConfiguration<Recommendation>
{
    public const int TitleLength = 500, ContentLength = 20000, ReferenceLength = 300, ContactLength = 200, TextLength = 20000;

    public void Configure(EntityTypeBuilder<Recommendation> e)
    {
        e.Property(r => r.Title).HasMaxLength(TitleLength);
        e.Property(r => r.Content).HasMaxLength(ContentLength);
        e.Property(r => r.ConcernReference).HasMaxLength(ReferenceLength);
        e.Property(r => r.ConferenceName).HasMaxLength(ReferenceLength);
        e.HasOne<Meetings.Meeting>().WithMany().HasForeignKey(r => r.MeetingId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(r => r.MeetingId);
        e.HasOne<Clusters.Cluster>().WithMany().HasForeignKey(r => r.ClusterId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(r => r.ClusterId);
        e.Property(r => r.ProvinceCode).HasMaxLength(2);
        e.Property(r => r.CommuneCode).HasMaxLength(5);
        e.Property(r => r.ContactName).HasMaxLength(ContactLength);
        e.Property(r => r.ContactPhone).HasMaxLength(50);
        e.Property(r => r.ContactEmail).HasMaxLength(ContactLength);
        e.Property(r => r.Answer).HasMaxLength(TextLength);
        e.Property(r => r.AnswerSignerName).HasMaxLength(OfficialLetter.NameLength);
        e.Property(r => r.AnswerSignerTitle).HasMaxLength(OfficialLetter.TitleLength);
        e.Property(r => r.AnswerLetterNumber).HasMaxLength(OfficialLetter.NumberLength);
        // Rows written without naming it (by an older release, or by SQL) hold no draft.
        e.Property(r => r.AnswerIsDraft).HasDefaultValue(false);
        e.Property(r => r.CompetentBody).HasMaxLength(ReferenceLength);
        e.Property(r => r.RatingReason).HasMaxLength(2000);
        e.Property(r => r.IdempotencyKey).HasMaxLength(100);
        e.Property(r => r.SearchName).HasMaxLength(ContentLength + TitleLength + 1);
        e.Property(r => r.Version).IsConcurrencyToken();
        e.Ignore(r => r.Number);

        e.HasOne<FieldOfWork>().WithMany().HasForeignKey(r => r.FieldId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Province>().WithMany().HasForeignKey(r => r.ProvinceCode).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Commune>().WithMany().HasForeignKey(r => r.CommuneCode).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Organisation>().WithMany().HasForeignKey(r => r.SubmittingOrganisationId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Organisation>().WithMany().HasForeignKey(r => r.RoutedUnitId).OnDelete(DeleteBehavior.Restrict);
        // AnsweredByUnitId (the answering officer's organisation) and AnswerLetterFileId (checked to be one of the record's
        // PDFs when the answer is written) carry no foreign key: adding one makes SQLite rebuild the whole table.
        e.HasOne<AppUser>().WithMany().HasForeignKey(r => r.SubmittedById).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<AppUser>().WithMany().HasForeignKey(r => r.FocalLeaderId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<RecommendationGroup>().WithMany().HasForeignKey(r => r.GroupId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Recommendation>().WithMany().HasForeignKey(r => r.DuplicateOfId).OnDelete(DeleteBehavior.Restrict);
        e.HasMany(r => r.Events).WithOne().HasForeignKey(v => v.RecommendationId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(r => r.Messages).WithOne().HasForeignKey(m => m.RecommendationId).OnDelete(DeleteBehavior.Cascade);

        // The list pages filter by place and state and sort by deadline.
        e.HasIndex(r => new { r.ProvinceCode, r.Status, r.DueOn });
        e.HasIndex(r => new { r.RoutedUnitId, r.Status, r.DueOn });
        e.HasIndex(r => new { r.CommuneCode, r.Status });
        e.HasIndex(r => new { r.Status, r.DueOn });
        // Pages of the lists in deadline order (schema 0003).
        e.HasIndex(r => new { r.DueOn, r.Id });
        e.HasIndex(r => new { r.ProvinceCode, r.DueOn, r.Id });
        e.HasIndex(r => new { r.RoutedUnitId, r.DueOn, r.Id });
        // The list opens on the records still open, by deadline (issue 17): a few percent of a national table whose oldest
        // deadlines are all closed, which the index above would walk past one by one. The queries name the same statuses
        // as constants (RecommendationQueries.Filtered), so that both engines can prove this index covers them.
        e.HasIndex(r => new { r.DueOn, r.Id }, "IX_Recommendations_Open_DueOn_Id")
            .HasFilter($"\"Status\" IN ({string.Join(", ", Recommendation.OpenStatuses.Select(s => (int)s))})");
        // The weekly report reads every record received up to the period's end; this index holds every column it needs, so
        // the database reads it alone instead of the wide rows (schema 0003). It also serves the sort by date received.
        e.HasIndex(r => new { r.ReceivedOn, r.Status, r.AnsweredOn, r.ClosedAt, r.DueOn, r.ProvinceCode, r.CommuneCode, r.RoutedUnitId, r.FieldId, r.FocalLeaderId, r.Id })
            .HasDatabaseName("IX_Recommendations_Report");
        e.HasIndex(r => r.AnsweredOn);
        e.HasIndex(r => r.FieldId);
        e.HasIndex(r => r.GroupId);
        e.HasIndex(r => new { r.SubmittedById, r.IdempotencyKey }).IsUnique();
        e.HasIndex(r => r.SearchName).HasMethod("gin").HasOperators("gin_trgm_ops");
    }
}

public class RecommendationEventConfiguration : IEntityTypeConfiguration<RecommendationEvent>
{
    public void Configure(EntityTypeBuilder<RecommendationEvent> e)
    {
        e.HistoryColumns();
        e.HasIndex(v => new { v.RecommendationId, v.At });
    }
}

public class RecommendationMessageConfiguration : IEntityTypeConfiguration<RecommendationMessage>
{
    public void Configure(EntityTypeBuilder<RecommendationMessage> e)
    {
        e.ThreadColumns();
        e.HasIndex(m => new { m.RecommendationId, m.At });
    }
}

public class RecommendationAttachmentConfiguration : IEntityTypeConfiguration<RecommendationAttachment>
{
    public void Configure(EntityTypeBuilder<RecommendationAttachment> e)
    {
        e.FileColumns();
        e.HasOne<Recommendation>().WithMany().HasForeignKey(a => a.RecommendationId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(a => a.RecommendationId);
    }
}

public class RecommendationGroupConfiguration : IEntityTypeConfiguration<RecommendationGroup>
{
    public void Configure(EntityTypeBuilder<RecommendationGroup> e)
    {
        e.Property(g => g.Title).HasMaxLength(RecommendationConfiguration.TitleLength);
        e.Property(g => g.Answer).HasMaxLength(RecommendationConfiguration.TextLength);
    }
}
