using CauNoi.Web.Features.Organisations;

namespace CauNoi.Web.Features.Indicators;

/// <summary>
/// The demo data set's figures, every one marked <c>IsDemo</c> and made up: plausible in size (national monthly retail
/// sales near 530,000 tỷ đồng, exports near 34,000 triệu USD, commercial electricity near 22,000 triệu kWh in 2024) and
/// in season (Tết lifts retail in January and lowers exports and electricity in February; the summer lifts electricity;
/// the lockdowns of April 2020 and August–September 2021 cut retail). Periods ending before 1 July 2025 belong to the 63
/// former provinces, as reported; later ones to today's 34, each the sum (or weighted mean) of the former provinces that
/// merged into it, so a series runs on across the merger. From July 2025 each period already due has its accepted report;
/// the periods open today have reports at every stage, and some none yet.
/// </summary>
public static class DemoIndicators
{
    public const string Note = "Số liệu minh họa (dữ liệu mẫu, không phải số liệu thật).";
    private static readonly DateOnly Merger = new(2025, 7, 1);
    private const int FirstYear = 2020;

    /// <summary>A former province's size in the made-up economy: people, and how much it trades, exports and makes.</summary>
    private sealed record Place(string Code, string NewCode, double People, double Retail, double Exports, double Power, double Industry, int Clusters);

    public static async Task LoadAsync(CauNoiDb db, TimeProvider clock, CancellationToken ct = default)
    {
        if (await db.IndicatorValues.AnyAsync(v => v.IsDemo, ct)) return;
        var indicators = await db.Indicators.ToDictionaryAsync(i => i.Code, ct);
        var forms = await db.ReportForms.Include(f => f.Indicators).ThenInclude(i => i.Indicator).ToListAsync(ct);
        var departments = await db.Organisations.Where(o => o.Kind == OrganisationKind.ProvincialDepartment)
            .ToDictionaryAsync(o => o.ProvinceCode!, o => o.Id, ct);
        var places = (await db.FormerProvinces.OrderBy(p => p.Code).Select(p => new { p.Code, p.NewProvinceCode }).ToListAsync(ct))
            .Select(p => Sized(p.Code, p.NewProvinceCode)).ToList();
        var today = VietnamTime.Today(clock);
        var now = clock.GetUtcNow().UtcDateTime;

        var values = new List<IndicatorValue>();
        var reports = new List<FormReport>();
        foreach (var form in forms)
        {
            var codes = form.Indicators.OrderBy(i => i.Order).Select(i => i.Indicator!.Code).ToList();
            for (var period = Period.Holding(form.PeriodType, FirstYear, 1); form.OpensOn(period) <= today; period = period.Next())
            {
                var (_, end) = form.Covers(period);
                if (end < Merger)
                {
                    foreach (var place in places)
                        foreach (var code in codes)
                            values.Add(Value(indicators[code], place.NewCode, place.Code, period, Figure(code, place, period)));
                    continue;
                }
                var open = !(form.DueOn(period) < today);
                foreach (var (province, index) in places.Select(p => p.NewCode).Distinct().Order().Select((c, i) => (c, i)))
                {
                    var merged = places.Where(p => p.NewCode == province).ToList();
                    var figures = codes.ToDictionary(c => c, c => Merged(c, merged, period));
                    var stage = open ? OpenStage(province, index) : ReportState.Accepted;
                    if (stage is null) continue;
                    var report = Report(form, departments[province], province, period, stage.Value, figures.Select(f => (indicators[f.Key].Id, f.Value)), now, index);
                    reports.Add(report);
                    if (stage == ReportState.Accepted)
                        values.AddRange(figures.Select(f => Value(indicators[f.Key], province, null, period, f.Value, report)));
                }
            }
        }
        // Reports first, with their entries and history; then the figures in use, which name their report.
        await db.AddInBulkAsync(reports, ct);
        await db.AddInBulkAsync(values, ct);
    }

    /// <summary>Where each department stands on a period open today: some accepted, some waiting, some not started (Hà Nội, for its officer to try).</summary>
    private static ReportState? OpenStage(string province, int index) => province == "01" ? null : (index % 6) switch
    {
        0 or 1 => ReportState.Accepted,
        2 => ReportState.Approved,
        3 => ReportState.Submitted,
        4 => ReportState.Draft,
        _ => null,
    };

    private static FormReport Report(ReportForm form, int organisation, string province, Period period, ReportState state,
        IEnumerable<(int Indicator, double Value)> figures, DateTime now, int index)
    {
        var due = form.DueOn(period).ToDateTime(new TimeOnly(3, 0), DateTimeKind.Utc);
        // Nine in ten on time, a day to five before the due day; the rest up to a week late.
        var late = Noise(index, period.Year, period.Number, 77) > 0.9;
        var received = late ? due.AddDays(1 + (int)(Noise(index, period.Year, period.Number, 78) * 6)) : due.AddDays(-1 - (int)(Noise(index, period.Year, period.Number, 79) * 5));
        if (received > now) received = now.AddHours(-2);
        var sent = state is ReportState.Approved or ReportState.Accepted;
        var report = new FormReport
        {
            FormId = form.Id, OrganisationId = organisation, ProvinceCode = province, PeriodType = period.Type, Year = period.Year, Number = period.Number,
            State = state, ReceivedAt = sent ? received : null, AcceptedAt = state == ReportState.Accepted ? received.AddDays(2) : null,
            UpdatedAt = sent ? received : now,
            Entries = [.. figures.Select(f => new ReportEntry { IndicatorId = f.Indicator, Value = f.Value })],
        };
        report.Events.Add(new ReportEvent
        {
            At = report.UpdatedAt, ActorName = "Dữ liệu mẫu", ActorOrganisation = "Cầu Nối", Action = ReportWorkflow.Entered, Revision = 1, Comment = Note,
        });
        return report;
    }

    private static IndicatorValue Value(Indicator indicator, string province, string? former, Period period, double value, FormReport? report = null) => new()
    {
        IndicatorId = indicator.Id, ProvinceCode = province, FormerProvinceCode = former, PeriodType = period.Type, Year = period.Year, Number = period.Number,
        Value = indicator.Round(value), Report = report, AcceptedAt = report?.AcceptedAt ?? DateTime.SpecifyKind(Covers(period).AddDays(20).ToDateTime(TimeOnly.MinValue), DateTimeKind.Utc),
        IsDemo = true,
    };

    private static DateOnly Covers(Period period) => new DateOnly(period.Year, period.LastMonth, 1).AddMonths(1).AddDays(-1);

    /// <summary>Today's province's figure: the sum of its former provinces', or their mean weighted as the catalogue says.</summary>
    private static double Merged(string code, List<Place> merged, Period period) => code switch
    {
        "IIP" => Weighted(merged, p => Figure("CN_GTTT", p, new Period(PeriodType.Year, period.Year, 1)), p => Figure(code, p, period)),
        "CCN_LD" => Weighted(merged, p => Figure("CCN_DT", p, period), p => Figure(code, p, period)),
        _ => merged.Sum(p => Figure(code, p, period)),
    };

    private static double Weighted(List<Place> places, Func<Place, double> weight, Func<Place, double> value) =>
        places.Sum(p => weight(p) * value(p)) / places.Sum(weight);

    /// <summary>One former province's made-up figure for one indicator and period.</summary>
    private static double Figure(string code, Place p, Period period)
    {
        var years = period.Year - 2024 + (period.FirstMonth - 1) / 12.0;
        var month = period.FirstMonth;
        var noise = 1 + 0.04 * (Noise(int.Parse(p.Code), period.Year, period.Number * 13 + (int)period.Type, code.Aggregate(17, (h, c) => h * 31 + c)) - 0.5);
        double Months(Func<int, double> perMonth) => Enumerable.Range(period.FirstMonth, period.Months).Sum(perMonth);
        return code switch
        {
            "BLHH_DV" => Months(m => p.Retail * Math.Pow(1.09, years) * Season(m) * Shock(period.Year, m)) * noise,
            "BLHH" => Figure("BLHH_DV", p, period) * 0.78,
            "XK" => Months(m => p.Exports * Math.Pow(1.1, years) * (m == 2 ? 0.8 : m == 12 ? 1.1 : 1)) * noise,
            "XK_LK" => Enumerable.Range(1, period.LastMonth).Sum(m => Figure("XK", p, Period.Holding(PeriodType.Month, period.Year, m))),
            "NK" => Figure("XK", p, period) * 0.95 * noise,
            "DIEN_TP" => Months(m => p.Power * Math.Pow(1.08, years) * (m == 2 ? 0.85 : m is >= 5 and <= 7 ? 1.15 : 1)) * noise,
            "IIP" => 107 + 100 * (noise - 1) + (period.Year == 2020 ? -4 : period.Year == 2021 && month is 8 or 9 ? -8 : 0),
            "CN_GTTT" => p.Industry * Math.Pow(1.08, years),
            "DAN_SO" => p.People * Math.Pow(1.009, years),
            "CHO" => Math.Round(p.People / 60 * (1 + 0.01 * years)),
            "SIEU_THI" => Math.Round(p.People / 85 * (p.Code is "01" or "79" ? 3 : 1) * (1 + 0.05 * years)),
            "TTTM" => Math.Round(p.People / 400 * (p.Code is "01" or "79" ? 4 : 1) * (1 + 0.04 * years)),
            "CCN_HD" => Math.Round(p.Clusters * (1 + 0.03 * years)),
            "CCN_DT" => Math.Round(p.Clusters * (1 + 0.03 * years)) * 22,
            "CCN_LD" => Math.Clamp(64.8 + 25 * (Noise(int.Parse(p.Code), 1, 1, 5) - 0.5) + 1.5 * years, 10, 98),
            _ => 0,
        };
    }

    private static double Season(int month) => month switch { 1 => 1.1, 2 => 1.05, 12 => 1.06, _ => 0.98 };

    /// <summary>The lockdowns: April 2020 nationwide, August and September 2021 in the South above all.</summary>
    private static double Shock(int year, int month) => (year, month) switch { (2020, 4) => 0.8, (2021, 8) or (2021, 9) => 0.7, _ => 1 };

    /// <summary>A number in [0, 1) that is always the same for the same arguments (string hashes are not stable across runs).</summary>
    private static double Noise(int a, int b, int c, int d) => new Random(unchecked(a * 1_000_003 + b * 7_919 + c * 131 + d)).NextDouble();

    /// <summary>
    /// A former province's size: Hà Nội and Thành phố Hồ Chí Minh by their own, the export and industry centres larger, the
    /// rest drawn once from the code. Monthly retail in tỷ đồng, exports in triệu USD, power in triệu kWh, industry (yearly
    /// value added) in tỷ đồng, people in nghìn.
    /// </summary>
    private static Place Sized(string code, string newCode)
    {
        var n = int.Parse(code);
        var people = code switch { "01" => 8_600, "79" => 9_500, _ => 500 + 2_000 * Noise(n, 0, 0, 1) };
        string[] exporters = ["27", "74", "75", "79", "19", "31", "01", "26", "77", "80", "30", "22"];
        var exports = exporters.Contains(code) ? 900 + 2_600 * Noise(n, 0, 0, 2) : 20 + 180 * Noise(n, 0, 0, 3);
        var big = code is "01" or "79" ? 2.2 : 1;
        return new Place(code, newCode, people, people * 4.1 * big, exports, people * 0.16 * (exporters.Contains(code) ? 1.8 : 1),
            people * 30 * (exporters.Contains(code) ? 2.5 : 1), 4 + (int)(20 * Noise(n, 0, 0, 4)));
    }
}
