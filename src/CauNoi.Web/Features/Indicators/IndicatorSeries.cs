namespace CauNoi.Web.Features.Indicators;

/// <summary>
/// An indicator's accepted figures on today's 34 provinces, period by period, across the merger of 1 July 2025. A period
/// a province reported itself is its figure. Before it, the figures of the former provinces that merged into it combine
/// by the catalogue's rule (<see cref="PlaceFigures"/>): additive indicators sum, an index is weighted by its weight
/// indicator's yearly figure for each former province; a period missing one of them, or a weight, or one whose figures
/// cannot be combined, is not comparable: no number, and said so. Derived indicators are computed from these series.
/// </summary>
public static class IndicatorSeries
{
    /// <param name="Value">Null when not comparable (see <paramref name="Why"/>).</param>
    /// <param name="Merged">Combined from former provinces' figures.</param>
    /// <param name="Revised">A corrected figure (a revision after acceptance) is among those it comes from.</param>
    public sealed record Point(string ProvinceCode, Period Period, double? Value, bool Merged, bool Revised, string? Why);

    public const string Incomplete = "Thiếu số liệu của tỉnh cũ";
    public const string NoWeight = "Thiếu quyền số để gộp tỉnh cũ";
    public const string NotCombinable = "Chỉ tiêu không cộng được khi gộp tỉnh cũ";
    public const string NoBase = "Thiếu số liệu kỳ so sánh";
    public const string NoTarget = "Chưa có chỉ tiêu kế hoạch cho kỳ này";

    public static async Task<IReadOnlyList<Point>> ReadAsync(
        CauNoiDb db, Indicator indicator, Period from, Period to, IReadOnlyCollection<string>? provinces, CancellationToken ct)
    {
        if (indicator.Derived is { } kind) return await DerivedAsync(db, indicator, kind, from, to, provinces, ct);
        var points = await StoredAsync(db, indicator, from, to, provinces, ct);
        if (from.Type != PeriodType.Month && indicator.OverTime is Aggregation.Sum or Aggregation.Average or Aggregation.Last)
            points = [.. (await RolledUpAsync(db, indicator, from, to, provinces, points, ct)).OrderBy(p => p.ProvinceCode, StringComparer.Ordinal).ThenBy(p => p.Period)];
        return points;
    }

    /// <summary>The periods of the range as the provinces (or the former ones, combined) reported them.</summary>
    private static async Task<List<Point>> StoredAsync(
        CauNoiDb db, Indicator indicator, Period from, Period to, IReadOnlyCollection<string>? provinces, CancellationToken ct)
    {
        var (rows, constituents, weights) = await OneConnection.ReadAsync(db, async () => (
            await Rows(db, indicator.Id, from, to, provinces).ToListAsync(ct),
            await db.FormerProvinces.GroupBy(p => p.NewProvinceCode).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct),
            indicator.OverPlaces == Aggregation.Weighted && indicator.WeightIndicatorId is { } weight ? await WeightsAsync(db, weight, from.Year - 1, to.Year, ct) : null), ct);

        // A series is read often and long (34 provinces × 120 months from some 7,000 rows): the rows are gathered in one
        // pass into each province's run of periods, and the points come out in order by walking provinces and periods.
        var periods = new List<Period>();
        for (var period = from; period.CompareTo(to) <= 0; period = period.Next()) periods.Add(period);
        var reported = new Dictionary<string, Reported?[]>();
        foreach (var row in rows)
        {
            if (!reported.TryGetValue(row.ProvinceCode, out var run)) reported.Add(row.ProvinceCode, run = new Reported?[periods.Count]);
            (run[(row.Year - from.Year) * from.PerYear + row.Number - from.Number] ??= new()).Add(row);
        }

        var points = new List<Point>(periods.Count * reported.Count);
        var figures = new List<(double Value, double? Weight)>();   // the former provinces' figures of one period
        foreach (var (province, run) in reported.OrderBy(p => p.Key, StringComparer.Ordinal))
            for (var i = 0; i < periods.Count; i++)
            {
                if (run[i] is not { } found) continue;
                var period = periods[i];
                if (found.Own is { } own)
                {
                    points.Add(new(province, period, own.Value, false, own.Revision > 1, null));
                    continue;
                }
                if (found.Former.Count < constituents.GetValueOrDefault(province))
                {
                    points.Add(new(province, period, null, true, found.Revised, Incomplete));
                    continue;
                }
                figures.Clear();
                foreach (var r in found.Former) figures.Add((r.Value, weights is null ? null : WeightOf(weights, r.FormerProvinceCode!, period.Year)));
                var value = PlaceFigures.Combine(indicator.OverPlaces, figures);
                var why = value is not null ? null : indicator.OverPlaces == Aggregation.Weighted ? NoWeight : NotCombinable;
                points.Add(new(province, period, value, true, found.Revised, why));
            }
        return points;
    }

    /// <summary>What was reported for one province and period: its own figure, or its former provinces'.</summary>
    private sealed class Reported
    {
        private List<Row>? former;

        public Row? Own { get; private set; }
        public IReadOnlyList<Row> Former => former ?? [];
        public bool Revised { get; private set; }

        public void Add(Row row)
        {
            if (row.FormerProvinceCode is null) Own = row; else (former ??= []).Add(row);
            Revised |= row.Revision > 1;
        }
    }

    public const string PartsMissing = "Chưa đủ số liệu các kỳ trong kỳ này";

    /// <summary>
    /// A quarter, six months or year no province reported as such, made from its months (or, for a longer period, its
    /// quarters) by the indicator's rule over time: summed, averaged, or the last one's. Only a whole period counts: one
    /// with a part missing or not comparable is not comparable itself, so a year still running has no yearly figure. Each
    /// kind of part is read as reported: the months once, then the quarters reported as such (not made from the months again).
    /// </summary>
    private static async Task<List<Point>> RolledUpAsync(
        CauNoiDb db, Indicator indicator, Period from, Period to, IReadOnlyCollection<string>? provinces, List<Point> points, CancellationToken ct)
    {
        var have = points.Select(p => (p.ProvinceCode, p.Period)).ToHashSet();
        foreach (var part in new[] { PeriodType.Month, PeriodType.Quarter }.Where(t => (int)t < (int)from.Type))
        {
            var parts = await StoredAsync(db, indicator, Period.Holding(part, from.Year, from.FirstMonth), Period.Holding(part, to.Year, to.LastMonth), provinces, ct);
            var expected = (int)from.Type / (int)part;
            foreach (var g in parts.GroupBy(p => (p.ProvinceCode, Period: Period.Holding(from.Type, p.Period.Year, p.Period.FirstMonth))))
            {
                if (!have.Add(g.Key)) continue;
                var values = g.OrderBy(p => p.Period).Select(p => p.Value).ToList();
                double? value = values.Count < expected || values.Any(v => v is null) ? null : indicator.OverTime switch
                {
                    Aggregation.Sum => indicator.Round(values.Sum()!.Value),
                    Aggregation.Average => indicator.Round(values.Average()!.Value),
                    _ => values[^1],
                };
                points.Add(new(g.Key.ProvinceCode, g.Key.Period, value, g.Any(p => p.Merged), g.Any(p => p.Revised), value is null ? PartsMissing : null));
            }
        }
        return points;
    }

    private sealed record Row(string ProvinceCode, string? FormerProvinceCode, int Year, int Number, double Value, int Revision);

    private static IQueryable<Row> Rows(CauNoiDb db, int indicator, Period from, Period to, IReadOnlyCollection<string>? provinces)
    {
        var query = db.IndicatorValues.Where(v => v.IndicatorId == indicator).Within(from, to);
        if (provinces is { Count: > 0 }) query = query.Where(v => provinces.Contains(v.ProvinceCode));
        return query.Select(v => new Row(v.ProvinceCode, v.FormerProvinceCode, v.Year, v.Number, v.Value, v.Revision));
    }

    /// <summary>Each place's yearly weight (by its former code where it has one), for the years given.</summary>
    private static async Task<Dictionary<(string Place, int Year), double>> WeightsAsync(CauNoiDb db, int weight, int fromYear, int toYear, CancellationToken ct) =>
        (await db.IndicatorValues.Where(v => v.IndicatorId == weight && v.PeriodType == PeriodType.Year && v.Year >= fromYear && v.Year <= toYear)
            .Select(v => new { Place = v.FormerProvinceCode ?? v.ProvinceCode, v.Year, v.Value }).ToListAsync(ct))
        .ToDictionary(w => (w.Place, w.Year), w => w.Value);

    /// <summary>The weight of the period's year, or of the year before when the year's is not in yet.</summary>
    private static double? WeightOf(Dictionary<(string Place, int Year), double> weights, string place, int year) =>
        weights.TryGetValue((place, year), out var w) || weights.TryGetValue((place, year - 1), out w) ? w : null;

    private static async Task<IReadOnlyList<Point>> DerivedAsync(
        CauNoiDb db, Indicator indicator, DerivedKind kind, Period from, Period to, IReadOnlyCollection<string>? provinces, CancellationToken ct)
    {
        var baseIndicator = await db.Indicators.FirstAsync(i => i.Id == indicator.BaseIndicatorId, ct);
        var start = kind switch
        {
            DerivedKind.GrowthYearOnYear => from.YearEarlier(),
            DerivedKind.GrowthPeriodOnPeriod => from.Previous(),
            _ => from,
        };
        var series = (await ReadAsync(db, baseIndicator, start, to, provinces, ct)).ToDictionary(p => (p.ProvinceCode, p.Period));
        IReadOnlyDictionary<(string, int), Point>? other = null;
        if (kind == DerivedKind.PerCapita)
        {
            var population = await db.Indicators.FirstAsync(i => i.Id == indicator.OtherIndicatorId, ct);
            other = (await ReadAsync(db, population, new Period(PeriodType.Year, from.Year - 1, 1), new Period(PeriodType.Year, to.Year, 1), provinces, ct))
                .ToDictionary(p => (p.ProvinceCode, p.Period.Year));
        }
        // A province's target for the period: the year's for a year, the quarter's for a quarter; no other period has one.
        var targets = kind != DerivedKind.ShareOfTarget ? [] : (await db.IndicatorTargets
                .Where(t => t.IndicatorId == baseIndicator.Id && t.ProvinceCode != null && t.Year >= from.Year && t.Year <= to.Year)
                .Select(t => new { t.ProvinceCode, t.Year, t.Quarter, t.Value }).ToListAsync(ct))
            .ToDictionary(t => (t.ProvinceCode!, t.Year, t.Quarter), t => t.Value);
        var points = new List<Point>();
        foreach (var point in series.Values.Where(p => p.Period.CompareTo(from) >= 0).OrderBy(p => p.ProvinceCode, StringComparer.Ordinal).ThenBy(p => p.Period))
        {
            if (kind == DerivedKind.ShareOfTarget)
            {
                int? quarter = point.Period.Type switch { PeriodType.Year => null, PeriodType.Quarter => point.Period.Number, _ => 0 };
                var target = quarter == 0 ? null : targets.TryGetValue((point.ProvinceCode, point.Period.Year, quarter), out var t) ? t : (double?)null;
                var share = point.Value is { } actual && target is > 0 ? indicator.Round(actual / target.Value * 100) : (double?)null;
                points.Add(new(point.ProvinceCode, point.Period, share, point.Merged, point.Revised, share is null ? point.Why ?? NoTarget : null));
                continue;
            }
            Point? compared = kind switch
            {
                DerivedKind.GrowthYearOnYear => series.GetValueOrDefault((point.ProvinceCode, point.Period.YearEarlier())),
                DerivedKind.GrowthPeriodOnPeriod => series.GetValueOrDefault((point.ProvinceCode, point.Period.Previous())),
                DerivedKind.PerCapita => other!.GetValueOrDefault((point.ProvinceCode, point.Period.Year)) ?? other!.GetValueOrDefault((point.ProvinceCode, point.Period.Year - 1)),
                _ => null,
            };
            double? value = point.Value is { } v && compared?.Value is { } c && c > 0
                ? kind == DerivedKind.PerCapita ? v / c * indicator.Factor : (v / c - 1) * 100
                : null;
            var why = value is not null ? null : point.Why ?? compared?.Why ?? NoBase;
            points.Add(new(point.ProvinceCode, point.Period, value is { } x ? indicator.Round(x) : null,
                point.Merged || compared?.Merged == true, point.Revised || compared?.Revised == true, why));
        }
        return points;
    }
}
