using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CauNoi.Web.Features.Recommendations.Similarity;

/// <summary>In how many recommendations a term of <see cref="Terms"/> occurs.</summary>
public class SimilarityTerm
{
    public required string Term { get; set; }
    public long Documents { get; set; }
}

/// <summary>
/// The one row of totals beside <see cref="SimilarityTerm"/>: how many recommendations are counted, their words,
/// and the highest id counted so far. Made by the first count (<see cref="TermCounting"/>), not by the migration.
/// </summary>
public class SimilarityCorpus
{
    public const int TheRow = 1;
    public int Id { get; set; }
    public long Documents { get; set; }
    public long Words { get; set; }
    public int CountedThrough { get; set; }
}

public class SimilarityTermConfiguration : IEntityTypeConfiguration<SimilarityTerm>
{
    public void Configure(EntityTypeBuilder<SimilarityTerm> e)
    {
        e.ToTable("SimilarityTerms");
        e.HasKey(t => t.Term);
        // Two words of at most Terms.MaxWordLength letters and the space between.
        e.Property(t => t.Term).HasMaxLength(2 * Terms.MaxWordLength + 1);
    }
}

public class SimilarityCorpusConfiguration : IEntityTypeConfiguration<SimilarityCorpus>
{
    public void Configure(EntityTypeBuilder<SimilarityCorpus> e)
    {
        e.ToTable("SimilarityCorpus");
        e.Property(c => c.Id).ValueGeneratedNever();
    }
}
