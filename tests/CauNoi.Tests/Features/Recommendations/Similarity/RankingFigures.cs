namespace CauNoi.Tests.Features.Recommendations.Similarity;

/// <summary>
/// Precision and recall at 5 of a ranking over the labelled set: for each query, the share of the first five
/// offered that are relevant (precision) and the share of the relevant ones among those five (recall), averaged
/// over the queries. A record query has 3 relevant others, so its precision at 5 is at most 0.6; a draft's, 0.8.
/// </summary>
public sealed record RankingFigures(int Queries, double PrecisionAt5, double RecallAt5, double AttainablePrecisionAt5)
{
    public const int K = 5;

    public static RankingFigures Of(IEnumerable<(LabelledSet.Query Query, IReadOnlyList<string> Ranked)> results)
    {
        var list = results.ToList();
        if (list.Count == 0) return new RankingFigures(0, 0, 0, 0);
        double Hits(LabelledSet.Query q, IReadOnlyList<string> ranked) => ranked.Take(K).Count(q.Relevant.Contains);
        return new RankingFigures(
            list.Count,
            list.Average(r => Hits(r.Query, r.Ranked) / K),
            list.Average(r => Hits(r.Query, r.Ranked) / r.Query.Relevant.Count),
            list.Average(r => (double)Math.Min(K, r.Query.Relevant.Count) / K));
    }

    public override string ToString() =>
        $"{Queries} queries: P@5 {PrecisionAt5:0.000} (of {AttainablePrecisionAt5:0.000} attainable), R@5 {RecallAt5:0.000}";
}
