namespace CauNoi.Web.Features.Recommendations.Similarity;

/// <summary>
/// How alike two recommendations read, the way PostgreSQL's pg_trgm measures it, so that both
/// engines agree: each word of the folded text (lower case, no diacritics, "giai phong mat bang")
/// is padded with two spaces before and one after and cut into trigrams ("  g", " gi", "gia",
/// "iai", "ai "), and the score is the share of trigrams the two texts have in common
/// (Jaccard index: shared / all distinct), from 0 (nothing alike) to 1 (same words).
/// PostgreSQL computes it with similarity() and the GIN trigram index on SearchName;
/// on SQLite, and in tests, this class computes it over the candidates.
/// </summary>
public static class Similarity
{
    /// <summary>
    /// Below this, texts share no more than any two Vietnamese texts of the same register do.
    /// Folded Vietnamese is made of short syllables whose edge trigrams ("  d", " de", "de ") every
    /// text shares, so unrelated recommendations already score 0.25 to 0.45 (pg_trgm's default
    /// 0.3 would offer them all); the same obstacle in close words scores 0.55 to 0.9.
    /// Paraphrases with other words fall below, as with any measure of shared wording.
    /// </summary>
    public const double Threshold = 0.5;

    public static double Score(string a, string b) => Score(Trigrams(a), Trigrams(b));

    public static double Score(HashSet<long> a, HashSet<long> b)
    {
        if (a.Count == 0 || b.Count == 0) return 0;
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        var shared = small.Count(large.Contains);
        return (double)shared / (a.Count + b.Count - shared);
    }

    /// <summary>The distinct trigrams of the folded text, each packed into a number.</summary>
    public static HashSet<long> Trigrams(string text)
    {
        var folded = VietnameseText.Fold(text);
        var set = new HashSet<long>();
        var i = 0;
        while (i < folded.Length)
        {
            while (i < folded.Length && !char.IsLetterOrDigit(folded[i])) i++;
            var start = i;
            while (i < folded.Length && char.IsLetterOrDigit(folded[i])) i++;
            if (i > start) AddWord(set, folded.AsSpan(start, i - start));
        }
        return set;
    }

    private static void AddWord(HashSet<long> set, ReadOnlySpan<char> word)
    {
        // The padded word "  word " has word.Length + 1 trigrams; k indexes the word, blanks around it.
        char At(ReadOnlySpan<char> w, int k) => k < 0 || k >= w.Length ? ' ' : w[k];
        for (var k = -2; k < word.Length - 1; k++)
            set.Add(((long)At(word, k) << 32) | ((long)At(word, k + 1) << 16) | At(word, k + 2));
    }
}
