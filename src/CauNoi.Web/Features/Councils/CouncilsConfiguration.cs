using CauNoi.Web.Features.Accounts;
using CauNoi.Web.Features.AdminUnits;
using CauNoi.Web.Features.Awards;
using CauNoi.Web.Features.Organisations;
using CauNoi.Web.Features.Promotion;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CauNoi.Web.Features.Councils;

public class CouncilConfiguration : IEntityTypeConfiguration<Council>
{
    public const int NameLength = 300, MemberNameLength = 200, RoleLength = 100, CriterionLength = 500, GroupLength = 200, ReasonLength = 1000, CommentLength = 4000;

    public void Configure(EntityTypeBuilder<Council> e)
    {
        e.Property(c => c.Name).HasMaxLength(NameLength);
        e.Property(c => c.ProvinceCode).HasMaxLength(2);
        e.Property(c => c.PassMark).HasPrecision(7, 2);
        e.Property(c => c.Version).IsConcurrencyToken();
        e.HasOne<Organisation>().WithMany().HasForeignKey(c => c.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Province>().WithMany().HasForeignKey(c => c.ProvinceCode).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<AppUser>().WithMany().HasForeignKey(c => c.CreatedById).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<AppUser>().WithMany().HasForeignKey(c => c.ClosedById).OnDelete(DeleteBehavior.Restrict);
        e.HasMany(c => c.Members).WithOne().HasForeignKey(m => m.CouncilId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(c => c.Criteria).WithOne().HasForeignKey(c => c.CouncilId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(c => c.Entries).WithOne().HasForeignKey(x => x.CouncilId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(c => c.Conflicts).WithOne().HasForeignKey(x => x.CouncilId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(c => c.Sheets).WithOne().HasForeignKey(s => s.CouncilId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(c => new { c.ProvinceCode, c.Id });
    }
}

public class CouncilMemberConfiguration : IEntityTypeConfiguration<CouncilMember>
{
    public void Configure(EntityTypeBuilder<CouncilMember> e)
    {
        e.Property(m => m.Name).HasMaxLength(CouncilConfiguration.MemberNameLength);
        e.Property(m => m.Role).HasMaxLength(CouncilConfiguration.RoleLength);
        e.Property(m => m.ProvinceCode).HasMaxLength(2);
        e.HasOne<AppUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(m => new { m.CouncilId, m.UserId }).IsUnique();
        // A member's councils: "my score forms".
        e.HasIndex(m => m.UserId);
    }
}

public class CouncilCriterionConfiguration : IEntityTypeConfiguration<CouncilCriterion>
{
    public void Configure(EntityTypeBuilder<CouncilCriterion> e)
    {
        e.Property(c => c.Name).HasMaxLength(CouncilConfiguration.CriterionLength);
        e.Property(c => c.Group).HasMaxLength(CouncilConfiguration.GroupLength);
        e.Property(c => c.MaxPoints).HasPrecision(7, 2);
        e.Property(c => c.Weight).HasPrecision(7, 3);
        e.HasIndex(c => new { c.CouncilId, c.Order });
    }
}

public class CouncilEntryConfiguration : IEntityTypeConfiguration<CouncilEntry>
{
    public void Configure(EntityTypeBuilder<CouncilEntry> e)
    {
        e.Property(x => x.Title).HasMaxLength(CouncilConfiguration.NameLength);
        e.Property(x => x.ProvinceCode).HasMaxLength(2);
        e.Property(x => x.Average).HasPrecision(9, 2);
        e.HasOne<PromotionProposal>().WithMany().HasForeignKey(x => x.ProposalId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Nomination>().WithMany().HasForeignKey(x => x.NominationId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Province>().WithMany().HasForeignKey(x => x.ProvinceCode).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(x => x.CouncilId);
        e.HasIndex(x => x.ProposalId);
        e.HasIndex(x => x.NominationId);
    }
}

public class CouncilConflictConfiguration : IEntityTypeConfiguration<CouncilConflict>
{
    public void Configure(EntityTypeBuilder<CouncilConflict> e)
    {
        e.Property(c => c.Reason).HasMaxLength(CouncilConfiguration.ReasonLength);
        e.HasOne<CouncilMember>().WithMany().HasForeignKey(c => c.MemberId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<CouncilEntry>().WithMany().HasForeignKey(c => c.EntryId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(c => new { c.CouncilId, c.MemberId, c.EntryId }).IsUnique();
    }
}

public class ScoreSheetConfiguration : IEntityTypeConfiguration<ScoreSheet>
{
    public void Configure(EntityTypeBuilder<ScoreSheet> e)
    {
        e.Property(s => s.Comment).HasMaxLength(CouncilConfiguration.CommentLength);
        e.Property(s => s.Version).IsConcurrencyToken();
        e.HasOne<CouncilMember>().WithMany().HasForeignKey(s => s.MemberId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<CouncilEntry>().WithMany().HasForeignKey(s => s.EntryId).OnDelete(DeleteBehavior.Restrict);
        e.HasMany(s => s.Lines).WithOne().HasForeignKey(l => l.SheetId).OnDelete(DeleteBehavior.Cascade);
        // One sheet per member and entry: two instances saving a member's first sheet at once cannot make two.
        e.HasIndex(s => new { s.CouncilId, s.MemberId, s.EntryId }).IsUnique();
    }
}

public class ScoreLineConfiguration : IEntityTypeConfiguration<ScoreLine>
{
    public void Configure(EntityTypeBuilder<ScoreLine> e)
    {
        e.Property(l => l.Points).HasPrecision(7, 2);
        e.HasOne<CouncilCriterion>().WithMany().HasForeignKey(l => l.CriterionId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(l => new { l.SheetId, l.CriterionId }).IsUnique();
    }
}
