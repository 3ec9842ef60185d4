namespace CauNoi.Web.Features.Councils;

/// <summary>
/// The council's figures, computed in this one place (docs/councils.md):
/// <list type="bullet">
/// <item>a member's total for an entry = Σ points × weight over the criteria they scored; when some are "không áp dụng" it is
/// rescaled to the full scale: total × (Σ weight × max of all criteria) ÷ (Σ weight × max of the criteria scored);</item>
/// <item>the entry's average = the mean of the submitted sheets' totals, to two decimals;</item>
/// <item>passed = average ≥ pass mark (none without a pass mark, or without a submitted sheet);</item>
/// <item>rank by average, highest first; equal averages are ordered by <see cref="TieBreak"/>: by the mean weighted points of
/// each criterion in order (the first that differs decides; all equal, the rank is shared), or by sharing the rank; a
/// shared rank skips the next ones (1, 1, 3). Entries no one scored have no rank.</item>
/// </list>
/// Only submitted sheets count.
/// </summary>
public static class CouncilResults
{
    public sealed record Line(int CriterionId, decimal? Points);

    public sealed record Sheet(int MemberId, int EntryId, IReadOnlyList<Line> Lines);

    /// <param name="Rescaled">Some criteria were "không áp dụng": the total is brought back to the full scale.</param>
    public sealed record MemberTotal(int MemberId, decimal Total, bool Rescaled);

    public sealed record EntryResult(int EntryId, IReadOnlyList<MemberTotal> Totals, decimal? Average, int? Rank, bool? Passed, int ScoredBy);

    /// <summary>A member's total on one sheet; null when they scored no criterion at all.</summary>
    public static MemberTotal? TotalOf(IReadOnlyList<CouncilCriterion> criteria, Sheet sheet)
    {
        var points = sheet.Lines.Where(l => l.Points is not null).ToDictionary(l => l.CriterionId, l => l.Points!.Value);
        var scored = criteria.Where(c => points.ContainsKey(c.Id)).ToList();
        if (scored.Count == 0) return null;
        var total = scored.Sum(c => points[c.Id] * c.Weight);
        var rescaled = scored.Count < criteria.Count;
        if (rescaled)
        {
            var full = criteria.Sum(c => c.Weight * c.MaxPoints);
            var partial = scored.Sum(c => c.Weight * c.MaxPoints);
            if (partial == 0) return null;
            total = total * full / partial;
        }
        return new MemberTotal(sheet.MemberId, Math.Round(total, 2, MidpointRounding.AwayFromZero), rescaled);
    }

    /// <summary>The full scale: Σ weight × max points of every criterion.</summary>
    public static decimal Scale(IReadOnlyList<CouncilCriterion> criteria) => criteria.Sum(c => c.Weight * c.MaxPoints);

    /// <summary>Every entry's totals, average, rank and pass from the submitted sheets.</summary>
    public static IReadOnlyList<EntryResult> Of(IReadOnlyList<CouncilCriterion> criteria, IReadOnlyList<int> entryIds, IReadOnlyList<Sheet> submitted,
        decimal? passMark, TieBreak rule)
    {
        var ordered = criteria.OrderBy(c => c.Order).ThenBy(c => c.Id).ToList();
        var scored = entryIds.Select(id =>
        {
            var sheets = submitted.Where(s => s.EntryId == id).ToList();
            var totals = sheets.Select(s => TotalOf(ordered, s)).OfType<MemberTotal>().OrderBy(t => t.MemberId).ToList();
            decimal? average = totals.Count == 0 ? null : Math.Round(totals.Sum(t => t.Total) / totals.Count, 2, MidpointRounding.AwayFromZero);
            // Each criterion's mean weighted points over the sheets that scored it, in the criteria's order, for the tie-break.
            var means = ordered.Select(c =>
            {
                var given = sheets.SelectMany(s => s.Lines).Where(l => l.CriterionId == c.Id && l.Points is not null).Select(l => l.Points!.Value * c.Weight).ToList();
                return given.Count == 0 ? (decimal?)null : given.Sum() / given.Count;
            }).ToList();
            return (Id: id, Totals: totals, Average: average, Means: means);
        }).ToList();

        return [.. scored.Select(e =>
        {
            int? rank = e.Average is { } a ? 1 + scored.Count(o => o.Average is { } b && (b > a || b == a && rule == TieBreak.CriteriaInOrder && Before(o.Means, e.Means))) : null;
            bool? passed = e.Average is { } avg && passMark is { } mark ? avg >= mark : null;
            return new EntryResult(e.Id, e.Totals, e.Average, rank, passed, e.Totals.Count);
        })];
    }

    /// <summary>True when <paramref name="a"/> beats <paramref name="b"/> at the first criterion where they differ (a criterion no one scored counts lowest).</summary>
    private static bool Before(IReadOnlyList<decimal?> a, IReadOnlyList<decimal?> b)
    {
        for (var i = 0; i < a.Count; i++)
        {
            if (a[i] == b[i]) continue;
            return (a[i] ?? decimal.MinValue) > (b[i] ?? decimal.MinValue);
        }
        return false;
    }
}
