namespace CauNoi.Web.Features.Indicators;

/// <summary>
/// A province's own accepted figures before a period, on today's province: where it was several former provinces, their
/// figures combined by <see cref="PlaceFigures"/>. What the checks of a new report compare it with.
/// </summary>
public static class ProvinceHistory
{
    /// <summary>How many earlier periods the z-score reads.</summary>
    public const int Periods = 24;

    public static async Task<IReadOnlyDictionary<int, ReportChecks.History>> ReadAsync(
        CauNoiDb db, IReadOnlyList<Indicator> indicators, string? provinceCode, Period period, CancellationToken ct)
    {
        if (provinceCode is null) return new Dictionary<int, ReportChecks.History>();
        var ids = indicators.Select(i => i.Id).ToArray();
        var from = period.Year - (Periods / period.PerYear + 1);
        var rows = await db.IndicatorValues
            .Where(v => ids.Contains(v.IndicatorId) && v.ProvinceCode == provinceCode && v.PeriodType == period.Type && v.Year >= from && v.Year <= period.Year)
            .Select(v => new { v.IndicatorId, v.Year, v.Number, v.Value, v.FormerProvinceCode })
            .ToListAsync(ct);
        var history = new Dictionary<int, ReportChecks.History>();
        foreach (var indicator in indicators)
        {
            // Today's province's own figure where it has one; before the merger its former provinces' combined. Weighted
            // figures of merged provinces would need their weights: such periods are left out of the comparison.
            var byPeriod = rows.Where(r => r.IndicatorId == indicator.Id)
                .GroupBy(r => new Period(period.Type, r.Year, r.Number))
                .Where(g => g.Key.CompareTo(period) < 0)
                .Select(g => (Period: g.Key, Value: g.FirstOrDefault(r => r.FormerProvinceCode == null)?.Value
                    ?? PlaceFigures.Combine(indicator.OverPlaces, [.. g.Select(r => (r.Value, (double?)null))])))
                .Where(p => p.Value is not null)
                .OrderByDescending(p => p.Period)
                .ToList();
            history[indicator.Id] = new(
                byPeriod.FirstOrDefault(p => p.Period == period.YearEarlier()).Value,
                [.. byPeriod.Take(Periods).Select(p => p.Value!.Value)]);
        }
        return history;
    }
}
