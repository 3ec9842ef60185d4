using System.Linq.Expressions;

namespace CauNoi.Web.Features.Recommendations.Similarity;

/// <summary>
/// Recommendations that raise the same obstacle, possibly from other provinces, best first: how
/// a unit finds the ones to answer together, and a locality sees what was already raised. Only
/// what the caller can see is offered (the hub and the unit see across provinces, a locality its own).
/// Ranked by <see cref="Bm25"/> over <see cref="Terms"/>, the same code on both engines: the database
/// only finds the candidates, the records that contain one of the query's rarest terms (a LIKE that
/// PostgreSQL answers from the trigram index on SearchName), and this class scores them.
/// </summary>
public static class SimilarRecommendations
{
    public sealed record Item(
        int Id, string Number, string Title, string ProvinceName, string FieldName, RecommendationStatus Status, string StatusName,
        DateOnly ReceivedOn, int? GroupId, double Score);

    public const int Count = 10;

    /// <summary>
    /// Below this share of the query's weight, two texts have no more in common than boilerplate and words
    /// of the same field: on the labelled set (docs/similarity.md), half the records of other obstacles that reach
    /// a list score under 0.15, and nine in ten of the same obstacle above 0.18.
    /// </summary>
    public const double MinimumScore = 0.12;

    /// <summary>Candidates are found by the query's rarest terms, as many as together occur in about this many records.</summary>
    public const int ProbeRecords = 6000;
    public const int MaxProbes = 48;
    /// <summary>The most candidates scored, the latest first when the probes find more.</summary>
    public const int MaxCandidates = 2000;
    /// <summary>
    /// A probe with a word shorter than a trigram could not use the index: "mo 24" narrows nothing, and one such LIKE among
    /// the probes made PostgreSQL recheck most of a million rows (seconds).
    /// </summary>
    private const int MinProbeLength = 3;

    /// <summary>Those like an existing recommendation, or null when the caller cannot see it.</summary>
    public static async Task<IReadOnlyList<Item>?> ToRecommendationAsync(CauNoiDb db, Scope scope, int id, CancellationToken ct = default)
    {
        var source = await db.Recommendations.VisibleTo(scope).Where(r => r.Id == id).Select(r => new { r.SearchName, r.FieldId }).FirstOrDefaultAsync(ct);
        return source is null ? null : await FindAsync(db, scope, source.SearchName, source.FieldId, id, ct);
    }

    /// <summary>Those like a text about to be submitted; a title alone is enough.</summary>
    public static Task<IReadOnlyList<Item>> ToTextAsync(CauNoiDb db, Scope scope, string? text, int? fieldId, CancellationToken ct = default) =>
        FindAsync(db, scope, VietnameseText.Fold(text), fieldId, null, ct);

    private static async Task<IReadOnlyList<Item>> FindAsync(CauNoiDb db, Scope scope, string folded, int? fieldId, int? except, CancellationToken ct)
    {
        var query = Terms.Of(folded);
        if (query.Words == 0) return [];
        await TermCounting.CatchUpAsync(db, ct);
        var statistics = await TermCounting.ForAsync(db, query.Frequencies.Keys, ct);
        var bm25 = new Bm25(statistics);
        var prepared = bm25.Prepare(query);
        var probes = Probes(statistics, query, except is null ? 0 : 1);
        if (probes.Count == 0) return [];

        var candidates = await db.Recommendations.VisibleTo(scope)
            .Where(r => r.Id != except)
            .Where(ContainsAny(probes))
            .OrderByDescending(r => r.Id)
            .Take(MaxCandidates)
            .Select(r => new { r.Id, r.FieldId, r.Title, Text = r.SearchName.Substring(0, Terms.ReadChars) })
            .ToListAsync(ct);
        var top = candidates
            .Select(c => (c.Id, c.FieldId, Score: Likeness(bm25, prepared, c.Title, c.Text)))
            .Where(c => c.Score >= MinimumScore)
            .OrderByDescending(c => c.Score).ThenBy(c => c.FieldId == fieldId ? 0 : 1).ThenByDescending(c => c.Id)
            .Take(Count)
            .ToList();
        var scores = top.ToDictionary(c => c.Id, c => c.Score);
        var order = top.Select((c, i) => (c.Id, i)).ToDictionary(p => p.Id, p => p.i);

        var ids = scores.Keys.ToList();
        var items = await (
            from r in db.Recommendations.Where(r => ids.Contains(r.Id))
            join p in db.Provinces on r.ProvinceCode equals p.Code
            join f in db.FieldsOfWork on r.FieldId equals f.Id
            select new { r.Id, r.Title, Province = p.Name, Field = f.Name, r.Status, r.ReceivedOn, r.GroupId }).ToListAsync(ct);
        return [.. items
            .Select(i => new Item(i.Id, Recommendation.FormatNumber(i.Id), i.Title, i.Province, i.Field, i.Status, RecommendationNames.Of(i.Status),
                i.ReceivedOn, i.GroupId, Math.Round(Math.Min(1, scores[i.Id]), 3)))
            .OrderBy(i => order[i.Id])];
    }

    /// <summary>
    /// The query's share in the record's whole text, or in its title alone when that is more: a draft typed as a record's
    /// title finds it first, before shorter texts that hold the same words among fewer others.
    /// </summary>
    public static double Likeness(Bm25 bm25, Bm25.Query query, string title, string text) =>
        Math.Max(bm25.Score(query, Terms.Of(text)), bm25.Score(query, Terms.Of(title)));

    /// <summary>
    /// The query's rarest terms that some other record has (the source record counts itself once), rarest first,
    /// while together they occur in no more than <see cref="ProbeRecords"/> records; at least the rarest one.
    /// </summary>
    public static IReadOnlyList<string> Probes(CorpusStatistics statistics, Terms query, int selfCount)
    {
        var probes = new List<string>();
        long records = 0;
        var ranked = query.Frequencies.Keys
            .Where(t => t.Split(' ').All(word => word.Length >= MinProbeLength))
            .Select(t => (Term: t, Others: statistics.DocumentsWith.GetValueOrDefault(t) - selfCount))
            .Where(t => t.Others > 0)
            .OrderBy(t => t.Others).ThenBy(t => t.Term, StringComparer.Ordinal);
        foreach (var (term, others) in ranked)
        {
            if (probes.Count == MaxProbes || (probes.Count > 0 && records + others > ProbeRecords)) break;
            probes.Add(term);
            records += others;
        }
        return probes;
    }

    /// <summary>SearchName LIKE '%probe%' for any probe: the same SQL on both engines, so both find the same candidates.</summary>
    private static Expression<Func<Recommendation, bool>> ContainsAny(IReadOnlyList<string> probes)
    {
        var r = Expression.Parameter(typeof(Recommendation), "r");
        var searchName = Expression.Property(r, nameof(Recommendation.SearchName));
        var like = typeof(DbFunctionsExtensions).GetMethod(nameof(DbFunctionsExtensions.Like),
            [typeof(DbFunctions), typeof(string), typeof(string), typeof(string)])!;
        var body = probes
            .Select(p => (Expression)Expression.Call(like, Expression.Constant(EF.Functions), searchName,
                Captured(VietnameseText.LikeContains(p)), Expression.Constant("\\")))
            .Aggregate(Expression.OrElse);
        return Expression.Lambda<Func<Recommendation, bool>>(body, r);
    }

    // As a lambda captures it, so the pattern is a parameter rather than text in the SQL.
    private static Expression Captured(string value) => ((Expression<Func<string>>)(() => value)).Body;
}
