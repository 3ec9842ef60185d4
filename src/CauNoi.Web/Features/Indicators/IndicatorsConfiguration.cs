using CauNoi.Web.Features.AdminUnits;
using CauNoi.Web.Features.Organisations;
using CauNoi.Web.Shared.Records;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CauNoi.Web.Features.Indicators;

public class IndicatorConfiguration : IEntityTypeConfiguration<Indicator>
{
    public const int CodeLength = 20, NameLength = 300, UnitLength = 40, SourceLength = 1000;

    public void Configure(EntityTypeBuilder<Indicator> e)
    {
        e.Property(i => i.Code).HasMaxLength(CodeLength);
        e.HasIndex(i => i.Code).IsUnique();
        e.Property(i => i.Name).HasMaxLength(NameLength);
        e.Property(i => i.Unit).HasMaxLength(UnitLength);
        e.Property(i => i.Source).HasMaxLength(SourceLength);
        e.HasOne<Indicator>().WithMany().HasForeignKey(i => i.WeightIndicatorId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Indicator>().WithMany().HasForeignKey(i => i.BaseIndicatorId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Indicator>().WithMany().HasForeignKey(i => i.OtherIndicatorId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Organisation>().WithMany().HasForeignKey(i => i.OwningUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

public class ConsistencyRuleConfiguration : IEntityTypeConfiguration<ConsistencyRule>
{
    public void Configure(EntityTypeBuilder<ConsistencyRule> e)
    {
        e.Property(r => r.Message).HasMaxLength(500);
        e.HasOne<Indicator>().WithMany().HasForeignKey(r => r.LeftIndicatorId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Indicator>().WithMany().HasForeignKey(r => r.RightIndicatorId).OnDelete(DeleteBehavior.Cascade);
    }
}

public class ReportFormConfiguration : IEntityTypeConfiguration<ReportForm>
{
    public void Configure(EntityTypeBuilder<ReportForm> e)
    {
        e.Property(f => f.Code).HasMaxLength(IndicatorConfiguration.CodeLength);
        e.HasIndex(f => f.Code).IsUnique();
        e.Property(f => f.Name).HasMaxLength(IndicatorConfiguration.NameLength);
        e.Property(f => f.Basis).HasMaxLength(IndicatorConfiguration.SourceLength);
        e.HasOne<Organisation>().WithMany().HasForeignKey(f => f.OwningUnitId).OnDelete(DeleteBehavior.Restrict);
        e.HasMany(f => f.Indicators).WithOne().HasForeignKey(i => i.FormId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(f => f.Organisations).WithOne().HasForeignKey(o => o.FormId).OnDelete(DeleteBehavior.Cascade);
    }
}

public class FormIndicatorConfiguration : IEntityTypeConfiguration<FormIndicator>
{
    public void Configure(EntityTypeBuilder<FormIndicator> e)
    {
        e.HasKey(i => new { i.FormId, i.IndicatorId });
        e.HasOne(i => i.Indicator).WithMany().HasForeignKey(i => i.IndicatorId).OnDelete(DeleteBehavior.Restrict);
    }
}

public class FormOrganisationConfiguration : IEntityTypeConfiguration<FormOrganisation>
{
    public void Configure(EntityTypeBuilder<FormOrganisation> e)
    {
        e.HasKey(o => new { o.FormId, o.OrganisationId });
        e.HasOne<Organisation>().WithMany().HasForeignKey(o => o.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        // An organisation's forms: its home page's question.
        e.HasIndex(o => o.OrganisationId);
    }
}

public class LockExceptionConfiguration : IEntityTypeConfiguration<LockException>
{
    public void Configure(EntityTypeBuilder<LockException> e)
    {
        e.Property(x => x.Reason).HasMaxLength(2000);
        e.Property(x => x.GrantedByName).HasMaxLength(RecordColumns.NameLength);
        e.HasOne<ReportForm>().WithMany().HasForeignKey(x => x.FormId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(x => new { x.FormId, x.OrganisationId, x.Year, x.Number });
    }
}

public class FormReportConfiguration : IEntityTypeConfiguration<FormReport>
{
    public void Configure(EntityTypeBuilder<FormReport> e)
    {
        e.Property(r => r.ProvinceCode).HasMaxLength(2);
        e.Property(r => r.Version).IsConcurrencyToken();
        e.HasOne(r => r.Form).WithMany().HasForeignKey(r => r.FormId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Organisation>().WithMany().HasForeignKey(r => r.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        e.HasMany(r => r.Entries).WithOne().HasForeignKey(x => x.ReportId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(r => r.Events).WithOne().HasForeignKey(x => x.ReportId).OnDelete(DeleteBehavior.Cascade);
        // One report per form, organisation and period; the completeness matrix reads a form's period across organisations.
        e.HasIndex(r => new { r.FormId, r.Year, r.Number, r.OrganisationId }).IsUnique();
        e.HasIndex(r => new { r.OrganisationId, r.State });
    }
}

public class ReportEntryConfiguration : IEntityTypeConfiguration<ReportEntry>
{
    public void Configure(EntityTypeBuilder<ReportEntry> e)
    {
        e.HasKey(x => new { x.ReportId, x.IndicatorId });
        e.Property(x => x.Explanation).HasMaxLength(2000);
        e.HasOne<Indicator>().WithMany().HasForeignKey(x => x.IndicatorId).OnDelete(DeleteBehavior.Restrict);
    }
}

public class ReportEventConfiguration : IEntityTypeConfiguration<ReportEvent>
{
    public void Configure(EntityTypeBuilder<ReportEvent> e)
    {
        e.HistoryColumns();
        e.HasIndex(x => new { x.ReportId, x.At });
    }
}

public class IndicatorValueConfiguration : IEntityTypeConfiguration<IndicatorValue>
{
    public const int SourceLength = 500;

    public void Configure(EntityTypeBuilder<IndicatorValue> e)
    {
        e.Property(v => v.ProvinceCode).HasMaxLength(2);
        e.Property(v => v.FormerProvinceCode).HasMaxLength(2);
        e.Property(v => v.Source).HasMaxLength(SourceLength);
        e.HasOne<Indicator>().WithMany().HasForeignKey(v => v.IndicatorId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Province>().WithMany().HasForeignKey(v => v.ProvinceCode).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<FormerProvince>().WithMany().HasForeignKey(v => v.FormerProvinceCode).OnDelete(DeleteBehavior.Restrict);
        e.HasOne(v => v.Report).WithMany().HasForeignKey(v => v.ReportId).OnDelete(DeleteBehavior.Restrict);
        // One accepted figure per indicator, place and period: today's provinces, and the former ones as reported. Every
        // view reads an indicator's periods across provinces in this order.
        e.HasIndex(v => new { v.IndicatorId, v.PeriodType, v.Year, v.Number, v.ProvinceCode })
            .IsUnique().HasFilter("\"FormerProvinceCode\" IS NULL").HasDatabaseName("IX_IndicatorValues_Current");
        e.HasIndex(v => new { v.IndicatorId, v.PeriodType, v.Year, v.Number, v.FormerProvinceCode })
            .IsUnique().HasFilter("\"FormerProvinceCode\" IS NOT NULL").HasDatabaseName("IX_IndicatorValues_Former");
        e.HasIndex(v => v.ReportId);
        // A series reads an indicator's periods across today's provinces and the former ones together: neither partial index
        // above serves a query that does not name FormerProvinceCode, and 10 million figures are too many to scan.
        e.HasIndex(v => new { v.IndicatorId, v.PeriodType, v.Year, v.Number }).HasDatabaseName("IX_IndicatorValues_Periods");
    }
}

public class ValueChangeConfiguration : IEntityTypeConfiguration<ValueChange>
{
    public void Configure(EntityTypeBuilder<ValueChange> e)
    {
        e.Property(c => c.Reason).HasMaxLength(2000);
        e.Property(c => c.ByName).HasMaxLength(RecordColumns.NameLength);
        e.HasOne(c => c.Report).WithMany().HasForeignKey(c => c.ReportId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Indicator>().WithMany().HasForeignKey(c => c.IndicatorId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<IndicatorValue>().WithMany().HasForeignKey(c => c.ValueId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(c => new { c.ReportId, c.IndicatorId, c.At });
    }
}

public class IndicatorTargetConfiguration : IEntityTypeConfiguration<IndicatorTarget>
{
    public void Configure(EntityTypeBuilder<IndicatorTarget> e)
    {
        e.Property(t => t.ProvinceCode).HasMaxLength(2);
        e.Property(t => t.DocumentNumber).HasMaxLength(50);
        e.Property(t => t.SetByName).HasMaxLength(RecordColumns.NameLength);
        e.HasOne<Indicator>().WithMany().HasForeignKey(t => t.IndicatorId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Province>().WithMany().HasForeignKey(t => t.ProvinceCode).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(t => new { t.IndicatorId, t.Year, t.ProvinceCode });
    }
}
