namespace CauNoi.Tests.Features.Recommendations.Similarity;

/// <summary>
/// The hand-labelled recommendations of labelled-set.txt: records grouped by the obstacle they raise, and the
/// queries whose relevant answers are known. Every record is a query (the similar list of its detail page: the
/// other records of its group), and each "??" line is a draft typed on the intake form (its whole group).
/// </summary>
public sealed class LabelledSet
{
    public sealed record LabelledRecord(string Id, string Group, string Title, string Content);

    /// <summary>A query: an existing record (<see cref="RecordId"/>) or a draft's text; <see cref="Relevant"/> are record ids.</summary>
    public sealed record Query(string Id, string? RecordId, string Title, string Content, IReadOnlySet<string> Relevant)
    {
        public bool IsDraft => RecordId is null;
    }

    public required IReadOnlyList<LabelledRecord> Records { get; init; }
    public required IReadOnlyList<Query> Queries { get; init; }

    /// <summary>Labelled relevant pairs, each counted once (a draft with each record of its group, records of a group pairwise).</summary>
    public int RelevantPairs => Queries.Where(q => q.IsDraft).Sum(q => q.Relevant.Count)
        + Records.GroupBy(r => r.Group).Sum(g => g.Count() * (g.Count() - 1) / 2);

    public static LabelledSet Load()
    {
        using var stream = typeof(LabelledSet).Assembly.GetManifestResourceStream("similarity/labelled-set.txt")!;
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    public static LabelledSet Parse(string text)
    {
        var records = new List<LabelledRecord>();
        var drafts = new List<(string Id, string Group, string Title, string Content)>();
        string? group = null;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.StartsWith("## ", StringComparison.Ordinal)) group = line[3..].Split(' ')[0];
            else if (line.StartsWith("??", StringComparison.Ordinal))
            {
                var parts = line[2..].Split('|');
                var head = parts[0].Trim().Split(' ');
                drafts.Add((head[0], head[1], parts[1].Trim(), parts[2].Trim()));
            }
            else if (line.Length > 0 && !line.StartsWith('#'))
            {
                var parts = line.Split('|');
                records.Add(new LabelledRecord(parts[0].Trim(), group!, parts[1].Trim(), parts[2].Trim()));
            }
        }
        var byGroup = records.ToLookup(r => r.Group, r => r.Id);
        var queries = records
            .Select(r => new Query(r.Id, r.Id, r.Title, r.Content, byGroup[r.Group].Where(id => id != r.Id).ToHashSet()))
            .Concat(drafts.Select(d => new Query(d.Id, null, d.Title, d.Content, byGroup[d.Group].ToHashSet())))
            .ToList();
        if (queries.FirstOrDefault(q => q.Relevant.Count == 0) is { } lonely) throw new InvalidDataException($"{lonely.Id} has nothing relevant.");
        return new LabelledSet { Records = records, Queries = queries };
    }
}
