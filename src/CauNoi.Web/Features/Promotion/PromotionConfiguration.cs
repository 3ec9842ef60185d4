using CauNoi.Web.Shared.Records;
using CauNoi.Web.Features.Accounts;
using CauNoi.Web.Features.AdminUnits;
using CauNoi.Web.Features.Files;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CauNoi.Web.Features.Promotion;

public class PromotionPlanConfiguration : IEntityTypeConfiguration<PromotionPlan>
{
    public const int TitleLength = 300, NumberLength = 50, NoteLength = 4000;

    public void Configure(EntityTypeBuilder<PromotionPlan> e)
    {
        e.Property(p => p.Title).HasMaxLength(TitleLength);
        e.Property(p => p.ProvinceCode).HasMaxLength(2);
        e.Property(p => p.DecisionNumber).HasMaxLength(NumberLength);
        e.Property(p => p.BudgetNational).HasPrecision(16, 2);
        e.Property(p => p.BudgetLocal).HasPrecision(16, 2);
        e.Property(p => p.BudgetCounterpart).HasPrecision(16, 2);
        e.Property(p => p.Note).HasMaxLength(NoteLength);
        e.Property(p => p.Version).IsConcurrencyToken();
        e.HasOne<Province>().WithMany().HasForeignKey(p => p.ProvinceCode).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<AppUser>().WithMany().HasForeignKey(p => p.CreatedById).OnDelete(DeleteBehavior.Restrict);
        e.HasMany(p => p.Proposals).WithOne().HasForeignKey(p => p.PlanId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(p => new { p.Year, p.Kind, p.ProvinceCode });
    }
}

public class PromotionProposalConfiguration : IEntityTypeConfiguration<PromotionProposal>
{
    public const int CodeLength = 30, TitleLength = 500, NameLength = 300, TaxCodeLength = 14, TextLength = 4000;

    public void Configure(EntityTypeBuilder<PromotionProposal> e)
    {
        e.Property(p => p.Code).HasMaxLength(CodeLength);
        e.Property(p => p.ProvinceCode).HasMaxLength(2);
        e.Property(p => p.FormerProvinceCode).HasMaxLength(2);
        e.Property(p => p.CommuneCode).HasMaxLength(5);
        e.Property(p => p.ProposerName).HasMaxLength(NameLength);
        e.Property(p => p.Title).HasMaxLength(TitleLength);
        e.Property(p => p.Summary).HasMaxLength(TextLength);
        e.Property(p => p.BeneficiaryName).HasMaxLength(NameLength);
        e.Property(p => p.BeneficiaryTaxCode).HasMaxLength(TaxCodeLength);
        foreach (var money in new[] { nameof(PromotionProposal.RequestedNational), nameof(PromotionProposal.RequestedLocal), nameof(PromotionProposal.RequestedCounterpart),
                     nameof(PromotionProposal.ApprovedNational), nameof(PromotionProposal.ApprovedLocal), nameof(PromotionProposal.ApprovedCounterpart),
                     nameof(PromotionProposal.FirstApprovedStateFunds), nameof(PromotionProposal.Disbursed), nameof(PromotionProposal.Settled) })
            e.Property(money).HasPrecision(16, 2);
        e.Property(p => p.StopReason).HasMaxLength(TextLength);
        e.Property(p => p.SearchName).HasMaxLength(CodeLength + TitleLength + 2 * NameLength + 3);
        e.Property(p => p.Version).IsConcurrencyToken();
        e.HasOne<Province>().WithMany().HasForeignKey(p => p.ProvinceCode).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<FormerProvince>().WithMany().HasForeignKey(p => p.FormerProvinceCode).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Commune>().WithMany().HasForeignKey(p => p.CommuneCode).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<AppUser>().WithMany().HasForeignKey(p => p.CreatedById).OnDelete(DeleteBehavior.Restrict);
        e.HasMany(p => p.Outputs).WithOne().HasForeignKey(o => o.ProposalId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(p => p.Events).WithOne().HasForeignKey(x => x.ProposalId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(p => p.Files).WithOne().HasForeignKey(f => f.ProposalId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(p => p.Code).IsUnique();
        // A plan's proposals, and the plan figures by province and stage.
        e.HasIndex(p => new { p.PlanId, p.ProvinceCode, p.Stage });
        e.HasIndex(p => new { p.ProvinceCode, p.Id });
        e.HasIndex(p => p.CommuneCode);
    }
}

public class ProposalOutputConfiguration : IEntityTypeConfiguration<ProposalOutput>
{
    public void Configure(EntityTypeBuilder<ProposalOutput> e)
    {
        e.Property(o => o.Unit).HasMaxLength(50);
        e.Property(o => o.Description).HasMaxLength(500);
        e.Property(o => o.Promised).HasPrecision(14, 2);
        e.Property(o => o.Achieved).HasPrecision(14, 2);
        e.HasIndex(o => o.ProposalId);
    }
}

public class ProposalEventConfiguration : IEntityTypeConfiguration<ProposalEvent>
{
    public void Configure(EntityTypeBuilder<ProposalEvent> e)
    {
        e.Property(x => x.ByName).HasMaxLength(200);
        e.Property(x => x.Number).HasMaxLength(PromotionPlanConfiguration.NumberLength);
        e.Property(x => x.Note).HasMaxLength(PromotionProposalConfiguration.TextLength);
        e.Property(x => x.Amount).HasPrecision(16, 2);
        e.HasOne<AppUser>().WithMany().HasForeignKey(x => x.ById).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(x => new { x.ProposalId, x.At });
    }
}

public class ProposalFileConfiguration : IEntityTypeConfiguration<ProposalFile>
{
    public void Configure(EntityTypeBuilder<ProposalFile> e)
    {
        e.FileColumns();
        e.HasIndex(f => f.ProposalId);
    }
}
