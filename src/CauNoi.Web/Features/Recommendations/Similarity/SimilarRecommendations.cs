using System.Globalization;

namespace CauNoi.Web.Features.Recommendations.Similarity;

/// <summary>
/// Recommendations that raise the same obstacle, possibly from other provinces, best first: how
/// a unit finds the ones to answer together, and a locality sees what was already raised. Only
/// what the caller can see is offered (the hub and the unit see across provinces, a locality its own).
/// </summary>
public static class SimilarRecommendations
{
    public sealed record Item(
        int Id, string Number, string Title, string ProvinceName, string FieldName, RecommendationStatus Status, string StatusName,
        DateOnly ReceivedOn, int? GroupId, double Score);

    public const int Count = 10;
    /// <summary>On SQLite the score is computed here, over the caller's latest recommendations, those of the same field first.</summary>
    public const int Candidates = 5000;
    /// <summary>The beginning of each text that SQLite candidates are compared on; PostgreSQL compares whole texts.</summary>
    public const int CandidateChars = 4000;

    /// <summary>Those like an existing recommendation, or null when the caller cannot see it.</summary>
    public static async Task<IReadOnlyList<Item>?> ToRecommendationAsync(CauNoiDb db, Scope scope, int id, CancellationToken ct = default)
    {
        var source = await db.Recommendations.VisibleTo(scope).Where(r => r.Id == id).Select(r => new { r.SearchName, r.FieldId }).FirstOrDefaultAsync(ct);
        return source is null ? null : await FindAsync(db, scope, source.SearchName, source.FieldId, id, ct);
    }

    /// <summary>Those like a text about to be submitted.</summary>
    public static Task<IReadOnlyList<Item>> ToTextAsync(CauNoiDb db, Scope scope, string? text, int? fieldId, CancellationToken ct = default)
    {
        var folded = VietnameseText.Fold(text);
        return FindAsync(db, scope, folded[..Math.Min(folded.Length, RecommendationModel.ContentLength)], fieldId, null, ct);
    }

    private static async Task<IReadOnlyList<Item>> FindAsync(CauNoiDb db, Scope scope, string folded, int? fieldId, int? except, CancellationToken ct)
    {
        if (folded.Length == 0) return [];
        var scores = db.Database.IsNpgsql()
            ? await OnPostgresAsync(db, scope, folded, except, ct)
            : await InMemoryAsync(db, scope, folded, fieldId, except, ct);
        var ids = scores.Keys.ToList();
        var items = await (
            from r in db.Recommendations.Where(r => ids.Contains(r.Id))
            join p in db.Provinces on r.ProvinceCode equals p.Code
            join f in db.FieldsOfWork on r.FieldId equals f.Id
            select new { r.Id, r.Title, Province = p.Name, Field = f.Name, r.Status, r.ReceivedOn, r.GroupId }).ToListAsync(ct);
        return [.. items
            .Select(i => new Item(i.Id, Recommendation.FormatNumber(i.Id), i.Title, i.Province, i.Field, i.Status, RecommendationNames.Of(i.Status),
                i.ReceivedOn, i.GroupId, Math.Round(scores[i.Id], 3)))
            .OrderByDescending(i => i.Score).ThenByDescending(i => i.Id)];
    }

    /// <summary>pg_trgm's % operator finds the candidates through the GIN index, with the threshold set for this transaction.</summary>
    private static async Task<Dictionary<int, double>> OnPostgresAsync(CauNoiDb db, Scope scope, string folded, int? except, CancellationToken ct)
    {
        await using var tx = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        var threshold = Similarity.Threshold.ToString(CultureInfo.InvariantCulture);
        await db.Database.ExecuteSqlAsync($"SELECT set_config('pg_trgm.similarity_threshold', {threshold}, true)", ct);
        var scored = db.Database.SqlQuery<Scored>(
            $"""SELECT "Id", similarity("SearchName", {folded})::float8 AS "Score" FROM "Recommendations" WHERE "SearchName" % {folded}""");
        var top = await (
            from s in scored
            join r in db.Recommendations.VisibleTo(scope) on s.Id equals r.Id
            where s.Id != except
            orderby s.Score descending, s.Id descending
            select s).Take(Count).ToDictionaryAsync(s => s.Id, s => s.Score, ct);
        if (tx is not null) await tx.CommitAsync(ct);
        return top;
    }

    private static async Task<Dictionary<int, double>> InMemoryAsync(CauNoiDb db, Scope scope, string folded, int? fieldId, int? except, CancellationToken ct)
    {
        var candidates = await db.Recommendations.VisibleTo(scope)
            .Where(r => r.Id != except)
            .OrderBy(r => r.FieldId == fieldId ? 0 : 1).ThenByDescending(r => r.Id)
            .Take(Candidates)
            .Select(r => new { r.Id, Text = r.SearchName.Substring(0, CandidateChars) })
            .ToListAsync(ct);
        var trigrams = Similarity.Trigrams(folded[..Math.Min(folded.Length, CandidateChars)]);
        return candidates
            .Select(c => (c.Id, Score: Similarity.Score(trigrams, Similarity.Trigrams(c.Text))))
            .Where(c => c.Score >= Similarity.Threshold)
            .OrderByDescending(c => c.Score).ThenByDescending(c => c.Id)
            .Take(Count)
            .ToDictionary(c => c.Id, c => c.Score);
    }

    private sealed class Scored
    {
        public int Id { get; set; }
        public double Score { get; set; }
    }
}
