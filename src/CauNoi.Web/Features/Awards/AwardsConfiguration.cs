using CauNoi.Web.Shared.Records;
using CauNoi.Web.Features.Accounts;
using CauNoi.Web.Features.AdminUnits;
using CauNoi.Web.Features.Councils;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CauNoi.Web.Features.Awards;

public class AwardRoundConfiguration : IEntityTypeConfiguration<AwardRound>
{
    public const int TitleLength = 300, SeriesLength = 40;

    public void Configure(EntityTypeBuilder<AwardRound> e)
    {
        e.Property(r => r.Title).HasMaxLength(TitleLength);
        e.Property(r => r.ProvinceCode).HasMaxLength(2);
        e.Property(r => r.PassMark).HasPrecision(7, 2);
        e.Property(r => r.CertificateSeries).HasMaxLength(SeriesLength);
        e.Property(r => r.Version).IsConcurrencyToken();
        e.HasOne<Province>().WithMany().HasForeignKey(r => r.ProvinceCode).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Council>().WithMany().HasForeignKey(r => r.CouncilId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<AppUser>().WithMany().HasForeignKey(r => r.CreatedById).OnDelete(DeleteBehavior.Restrict);
        e.HasMany(r => r.Nominations).WithOne().HasForeignKey(n => n.RoundId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(r => new { r.Year, r.Level });
        e.HasIndex(r => r.CouncilId).IsUnique();
        e.HasIndex(r => r.CertificateSeries).IsUnique();
    }
}

public class NominationConfiguration : IEntityTypeConfiguration<Nomination>
{
    public const int NameLength = 300, TaxCodeLength = 14, AddressLength = 500, TextLength = 4000, CertificateLength = 60;

    public void Configure(EntityTypeBuilder<Nomination> e)
    {
        e.Property(n => n.ProvinceCode).HasMaxLength(2);
        e.Property(n => n.FormerProvinceCode).HasMaxLength(2);
        e.Property(n => n.ProductName).HasMaxLength(NameLength);
        e.Property(n => n.FacilityName).HasMaxLength(NameLength);
        e.Property(n => n.FacilityTaxCode).HasMaxLength(TaxCodeLength);
        e.Property(n => n.FacilityAddress).HasMaxLength(AddressLength);
        e.Property(n => n.CommuneCode).HasMaxLength(5);
        e.Property(n => n.Description).HasMaxLength(TextLength);
        e.Property(n => n.CertificateNumber).HasMaxLength(CertificateLength);
        e.Property(n => n.SearchName).HasMaxLength(2 * NameLength + 1);
        e.Property(n => n.Version).IsConcurrencyToken();
        e.HasOne<Province>().WithMany().HasForeignKey(n => n.ProvinceCode).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<FormerProvince>().WithMany().HasForeignKey(n => n.FormerProvinceCode).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Commune>().WithMany().HasForeignKey(n => n.CommuneCode).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Nomination>().WithMany().HasForeignKey(n => n.PreviousNominationId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<AppUser>().WithMany().HasForeignKey(n => n.CreatedById).OnDelete(DeleteBehavior.Restrict);
        e.HasMany(n => n.Files).WithOne().HasForeignKey(f => f.NominationId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(n => new { n.RoundId, n.ProvinceCode });
        // A product goes up once from each round: a recognised nomination is put forward to one round above it.
        e.HasIndex(n => n.PreviousNominationId).IsUnique();
        e.HasIndex(n => new { n.RoundId, n.CertificateSeq }).IsUnique();
    }
}

public class NominationFileConfiguration : IEntityTypeConfiguration<NominationFile>
{
    public void Configure(EntityTypeBuilder<NominationFile> e)
    {
        e.FileColumns();
        e.HasIndex(f => f.NominationId);
    }
}
