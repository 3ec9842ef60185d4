using CauNoi.Web.Features.AdminUnits;

namespace CauNoi.Web.Features.Indicators;

/// <summary>
/// One indicator for one period across the 34 provinces, as the dashboard, its export and the report show it: each
/// province's figure beside the same period a year earlier and the period before, its growth on each, its target and the
/// share reached, its rank; and the region's (or the country's and each region's) figures combined by the catalogue's rule. One record feeds
/// every view, so their figures are the same.
/// </summary>
public sealed record IndicatorDashboard(
    Indicator Indicator, Period Period, Region? Region, IReadOnlyList<IndicatorDashboard.Line> Provinces, IReadOnlyList<IndicatorDashboard.Line> Totals,
    IReadOnlyList<IndicatorDashboard.Trend> Series)
{
    /// <param name="Rank">Among the provinces shown, largest first; null when not comparable.</param>
    public sealed record Line(string Code, string Name, double? Value, string? NotComparable, double? YearEarlier, double? Previous,
        double? Target, bool Merged, bool Revised, int? Rank)
    {
        public double? GrowthOnYear => Value is { } v && YearEarlier is > 0 and var e ? (v / e - 1) * 100 : null;
        public double? GrowthOnPrevious => Value is { } v && Previous is > 0 and var p ? (v / p - 1) * 100 : null;
        public double? ShareOfTarget => Value is { } v && Target is > 0 and var t ? v / t * 100 : null;
    }

    /// <summary>The country's (or region's) figure for each of the last periods, for the chart.</summary>
    public sealed record Trend(Period Period, double? Value);

    public const int TrendPeriods = 24;

    public static async Task<IndicatorDashboard> ReadAsync(CauNoiDb db, Indicator indicator, Period period, Region? region, CancellationToken ct)
    {
        var provinces = (await db.Provinces.OrderBy(p => p.Code).Select(p => new { p.Code, p.Name }).ToListAsync(ct))
            .Where(p => region is null || Regions.Of(p.Code) == region).ToList();
        var codes = provinces.Select(p => p.Code).ToArray();
        var trendFrom = Enumerable.Range(1, TrendPeriods - 1).Aggregate(period, (p, _) => p.Previous());
        var start = period.YearEarlier().CompareTo(trendFrom) < 0 ? period.YearEarlier() : trendFrom;
        var series = (await IndicatorSeries.ReadAsync(db, indicator, start, period, codes, ct)).ToDictionary(p => (p.ProvinceCode, p.Period));
        var targets = await TargetsAsync(db, indicator, period, ct);
        var weights = indicator.OverPlaces == Aggregation.Weighted && indicator.WeightIndicatorId is { } w
            ? (await IndicatorSeries.ReadAsync(db, await db.Indicators.FirstAsync(i => i.Id == w, ct),
                new Period(PeriodType.Year, period.Year - 1, 1), new Period(PeriodType.Year, period.Year, 1), codes, ct))
                .Where(p => p.Value is not null).GroupBy(p => p.ProvinceCode).ToDictionary(g => g.Key, g => g.OrderBy(p => p.Period).Last().Value)
            : null;

        double? At(string code, Period p) => series.GetValueOrDefault((code, p))?.Value;
        // None set is no target, not a target of 0.
        double? Target(string key) => targets.TryGetValue(key, out var t) ? t : null;
        var lines = provinces.Select(p =>
        {
            var point = series.GetValueOrDefault((p.Code, period));
            return new Line(p.Code, p.Name, point?.Value, point is null ? "Chưa có số liệu được chấp nhận" : point.Why,
                At(p.Code, period.YearEarlier()), At(p.Code, period.Previous()), Target(p.Code),
                point?.Merged == true, point?.Revised == true, null);
        }).ToList();
        var ranked = lines.Where(l => l.Value is not null).OrderByDescending(l => l.Value).Select((l, i) => (l.Code, Rank: i + 1)).ToDictionary(x => x.Code, x => x.Rank);
        lines = [.. lines.Select(l => l with { Rank = ranked.TryGetValue(l.Code, out var r) ? r : null })];

        // The region's or the country's figure: the provinces combined as the catalogue says, or not comparable when one is missing.
        double? Combined(IReadOnlyList<Line> of, Period p) => indicator.IsDerived ? null : of.Any(l => At(l.Code, p) is null) ? null
            : PlaceFigures.Combine(indicator.OverPlaces, [.. of.Select(l => (At(l.Code, p)!.Value, weights?.GetValueOrDefault(l.Code)))]);
        Line Total(string code, string name, IReadOnlyList<Line> of, string target) => new(code, name, Combined(of, period),
            indicator.IsDerived ? "Chỉ tiêu tính toán: xem từng tỉnh" : of.Any(l => l.Value is null) ? "Thiếu số liệu của một số tỉnh" : null,
            Combined(of, period.YearEarlier()), Combined(of, period.Previous()), Target(target), false, of.Any(l => l.Revised), null);
        // The country's line, then each region's: the report to the Government compares the three.
        List<Line> totals = region is { } r ? [Total("", Regions.Name(r), lines, r.ToString())]
            : [Total("", "Cả nước", lines, ""), .. Enum.GetValues<Region>().Select(g => Total(g.ToString(), Regions.Name(g), [.. lines.Where(l => Regions.Of(l.Code) == g)], g.ToString()))];
        var trend = Enumerable.Range(0, TrendPeriods).Select(i => Enumerable.Range(0, i).Aggregate(trendFrom, (p, _) => p.Next()))
            .Select(p => new Trend(p, Combined(lines, p))).ToList();
        return new IndicatorDashboard(indicator, period, region, lines, totals, trend);
    }

    /// <summary>
    /// The latest period every province has an accepted figure for, of the indicator (or of the one it is computed from),
    /// in the period type it is reported in; else the latest with any: what the page and the exports show when no period is asked.
    /// </summary>
    public static async Task<Period> LatestPeriodAsync(CauNoiDb db, Indicator indicator, CancellationToken ct)
    {
        var source = indicator.BaseIndicatorId ?? indicator.Id;
        var provinces = await db.Provinces.CountAsync(ct);
        var periods = await db.IndicatorValues.Where(v => v.IndicatorId == source && v.FormerProvinceCode == null)
            .GroupBy(v => new { v.PeriodType, v.Year, v.Number }).Select(g => new { g.Key.PeriodType, g.Key.Year, g.Key.Number, Count = g.Count() })
            .OrderBy(p => p.PeriodType).ThenByDescending(p => p.Year).ThenByDescending(p => p.Number).Take(24).ToListAsync(ct);
        var latest = periods.FirstOrDefault(p => p.Count >= provinces) ?? periods.FirstOrDefault();
        return latest is null ? new Period(PeriodType.Year, DateTime.UtcNow.Year - 1, 1) : new Period(latest.PeriodType, latest.Year, latest.Number);
    }

    /// <summary>Targets for the period: a year's for a year, a quarter's for a quarter; by province, region (its name) and the country ("").</summary>
    private static async Task<Dictionary<string, double>> TargetsAsync(CauNoiDb db, Indicator indicator, Period period, CancellationToken ct)
    {
        int? quarter = period.Type switch { PeriodType.Year => null, PeriodType.Quarter => period.Number, _ => 0 };
        if (quarter == 0) return [];
        var rows = await db.IndicatorTargets.Where(t => t.IndicatorId == indicator.Id && t.Year == period.Year && t.Quarter == quarter)
            .Select(t => new { t.ProvinceCode, t.Region, t.Value }).ToListAsync(ct);
        return rows.ToDictionary(t => t.ProvinceCode ?? t.Region?.ToString() ?? "", t => t.Value);
    }
}
