namespace CauNoi.Web.Features.Recommendations.Similarity;

/// <summary>What the term statistics say of all recommendations: how many, their mean length, and in how many each term occurs.</summary>
public sealed record CorpusStatistics(long Documents, double AverageWords, IReadOnlyDictionary<string, long> DocumentsWith);

/// <summary>
/// Okapi BM25 over <see cref="Terms"/>: a term shared with the query counts by its rarity (inverse document
/// frequency), so "xang dau" or "vat lieu no" weigh far more than "sau sap xep don vi hanh chinh" or "de nghi bo
/// cong thuong huong dan", which most recommendations carry; repeats saturate, and long texts are not favoured.
/// The score shown is relative: the share of the query's weight that the other text carries (0 to 100%), so an exact
/// title typed as a draft reads near 100%, and a record sharing only boilerplate a few per cent.
/// </summary>
public sealed class Bm25(CorpusStatistics statistics)
{
    private const double K1 = 1.2;
    private const double B = 0.75;

    /// <summary>Lucene's always-positive form: a term in every record still weighs a little, never negatively.</summary>
    public double Weight(string term)
    {
        var n = statistics.DocumentsWith.GetValueOrDefault(term);
        return Math.Log(1 + (statistics.Documents - n + 0.5) / (n + 0.5));
    }

    /// <summary>The query's distinct terms with their weights, and their sum: the most any text can score (tf 1, mean length).</summary>
    public Query Prepare(Terms query)
    {
        var weights = query.Frequencies.Keys.ToDictionary(t => t, Weight);
        return new Query(weights, weights.Values.Sum());
    }

    /// <summary>
    /// 0 when no term is in common, 1 for every term of the query once in a text of mean length; a shorter text
    /// holding them all (a title) scores above 1, which ranks an exact title first. Shown capped at 100%.
    /// </summary>
    public double Score(Query query, Terms document)
    {
        if (query.Total <= 0 || document.Words == 0) return 0;
        var lengthNorm = K1 * (1 - B + B * document.Words / Math.Max(1, statistics.AverageWords));
        var score = 0.0;
        foreach (var (term, weight) in query.Weights)
        {
            if (document.Frequencies.GetValueOrDefault(term) is not (> 0 and var tf)) continue;
            score += weight * tf * (K1 + 1) / (tf + lengthNorm);
        }
        return score / query.Total;
    }

    public sealed record Query(IReadOnlyDictionary<string, double> Weights, double Total);
}
