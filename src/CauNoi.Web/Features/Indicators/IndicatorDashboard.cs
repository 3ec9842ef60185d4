using CauNoi.Web.Features.AdminUnits;

namespace CauNoi.Web.Features.Indicators;

/// <summary>
/// One indicator for one period across the 34 provinces, as the dashboard, its export and the report show it: each
/// province's figure beside the same period a year earlier and the period before, its growth on each, its target and the
/// share reached, its rank; and the region's and the country's figures combined by the catalogue's rule. One record feeds
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
        var lines = provinces.Select(p =>
        {
            var point = series.GetValueOrDefault((p.Code, period));
            return new Line(p.Code, p.Name, point?.Value, point is null ? "Chưa có số liệu được chấp nhận" : point.Why,
                At(p.Code, period.YearEarlier()), At(p.Code, period.Previous()), targets.GetValueOrDefault(p.Code),
                point?.Merged == true, point?.Revised == true, null);
        }).ToList();
        var ranked = lines.Where(l => l.Value is not null).OrderByDescending(l => l.Value).Select((l, i) => (l.Code, Rank: i + 1)).ToDictionary(x => x.Code, x => x.Rank);
        lines = [.. lines.Select(l => l with { Rank = ranked.TryGetValue(l.Code, out var r) ? r : null })];

        // The region's or the country's figure: the provinces combined as the catalogue says, or not comparable when one is missing.
        double? Combined(Period p) => indicator.IsDerived ? null : lines.Any(l => At(l.Code, p) is null) ? null
            : PlaceFigures.Combine(indicator.OverPlaces, [.. lines.Select(l => (At(l.Code, p)!.Value, weights?.GetValueOrDefault(l.Code)))]);
        var total = new Line("", region is { } r ? Regions.Name(r) : "Cả nước", Combined(period),
            indicator.IsDerived ? "Chỉ tiêu tính toán: xem từng tỉnh" : lines.Any(l => l.Value is null) ? "Thiếu số liệu của một số tỉnh" : null,
            Combined(period.YearEarlier()), Combined(period.Previous()), targets.GetValueOrDefault(region is { } rr ? rr.ToString() : ""), false,
            lines.Any(l => l.Revised), null);
        var trend = Enumerable.Range(0, TrendPeriods).Select(i => Enumerable.Range(0, i).Aggregate(trendFrom, (p, _) => p.Next()))
            .Select(p => new Trend(p, Combined(p))).ToList();
        return new IndicatorDashboard(indicator, period, region, lines, [total], trend);
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
