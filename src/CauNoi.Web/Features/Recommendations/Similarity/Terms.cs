namespace CauNoi.Web.Features.Recommendations.Similarity;

/// <summary>
/// The terms a recommendation is compared on: the words of its folded text ("xang", "dau") and each pair of
/// neighbouring words ("xang dau", "cum cong", "cong nghiep"), since Vietnamese meaning sits in syllable pairs:
/// "dau" alone is oil, a head or a start; "xang dau" is petrol. Counted per text; <see cref="Words"/> is its length.
/// </summary>
public sealed record Terms(IReadOnlyDictionary<string, int> Frequencies, int Words)
{
    /// <summary>Only the beginning of a long text is read, on both sides of a comparison and in the statistics.</summary>
    public const int ReadChars = 4000;

    /// <summary>Longer runs of letters (a pasted link, a hash) are no words to compare on, and would not fit the statistics' key.</summary>
    public const int MaxWordLength = 30;

    public static Terms Of(string? text)
    {
        var folded = VietnameseText.Fold(text);
        var frequencies = new Dictionary<string, int>();
        string? previous = null;
        var words = 0;
        var i = 0;
        var end = Math.Min(folded.Length, ReadChars);
        while (i < end)
        {
            while (i < end && !char.IsLetterOrDigit(folded[i])) i++;
            var start = i;
            while (i < end && char.IsLetterOrDigit(folded[i])) i++;
            if (i == start) break;
            if (i - start > MaxWordLength) { previous = null; continue; }
            var word = folded[start..i];
            words++;
            Add(frequencies, word);
            if (previous is not null) Add(frequencies, previous + " " + word);
            previous = word;
        }
        return new Terms(frequencies, words);
    }

    private static void Add(Dictionary<string, int> frequencies, string term) =>
        frequencies[term] = frequencies.GetValueOrDefault(term) + 1;
}
